package dk.nordjylland.governance.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Agreements and consultations take their forums and groups from configuration (governance.agreement.*,
 * governance.midterm-status.*) or the master data, never from string literals in Java (ADR 0052): a forum renamed
 * or a cluster added is a change of configuration, not of code.
 */
class ForumIdsOutOfJavaTest {

  /** A string literal that is a forum id, a forum's group, a cluster group or the agreement period. */
  private static final Pattern ID = Pattern.compile(
      "\"((ffu|ssf|ssu|fu|koordineringsgruppen|plo)(-[a-z]+)?|cluster-[a-z]+-secretaries|[^\"]*\\d{4}-\\d{4}[^\"]*)\"");

  @Test
  void noForumOrGroupIdIsALiteralInTheAgreementAndConsultationPackages() throws IOException {
    List<String> found = new ArrayList<>();
    for (String pkg : List.of("agreement", "consultation")) {
      try (Stream<Path> files = Files.list(Path.of("src/main/java/dk/nordjylland/governance", pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("/**") || line.startsWith("//") || line.startsWith("@Schema")) {
              continue;
            }
            Matcher m = ID.matcher(line);
            while (m.find()) {
              found.add(file.getFileName() + ":" + (i + 1) + " " + m.group());
            }
          }
        }
      }
    }
    assertThat(found).as("forum and group ids written into Java").isEmpty();
  }
}
