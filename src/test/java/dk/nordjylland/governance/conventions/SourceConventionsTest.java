package dk.nordjylland.governance.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One helper each (ADR 0054): the clock, the time zone, Danish dates, text limits and forum role groups are reached
 * through their one class, and no type is named in full where an import does. Each rule names the files that break
 * it.
 */
class SourceConventionsTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TEST = Path.of("src/test/java");
  private static final String BASE = "dk/nordjylland/governance/";

  /** Files exempt from the rules below: none since the splits of issue 16 landed. */
  private static final Set<String> PENDING_SPLIT = Set.of();

  @Test
  void onlyEngineClockAndTheTestsClockTouchTheEnginesClock() {
    assertThat(pending(filesContaining(Pattern.compile("\\bClockUtil\\."))))
        .containsOnly(MAIN.resolve(BASE + "calendar/EngineClock.java").toString(),
            TEST.resolve(BASE + "support/Clock.java").toString());
  }

  @Test
  void theTimeZoneIsNamedOnceInMainJava() {
    assertThat(inMain(filesContaining(Pattern.compile("\"Europe/Copenhagen\""))))
        .containsOnly(MAIN.resolve(BASE + "calendar/EngineClock.java").toString());
  }

  @Test
  void danishDateFormatsAreMadeOnlyInDanishDates() {
    assertThat(filesContaining(Pattern.compile("DateTimeFormatter\\.ofPattern|new SimpleDateFormat")))
        .containsOnly(MAIN.resolve(BASE + "calendar/DanishDates.java").toString());
  }

  @Test
  void textLimitsAreDeclaredOnlyInTextLimits() {
    Pattern ownLimit = Pattern.compile("static final int MAX_(TEXT|NOTE|REMARKS|COMMENT|INTRODUCTION|REASON)\\b"
        + "|maxLength\\([^;]*, \\d{3,}[_\\d]*, |højst \\d{3,} tegn");
    assertThat(inMain(pending(filesContaining(ownLimit)))).isEmpty();
  }

  @Test
  void forumRoleGroupsAreNamedByForumRole() {
    Pattern suffix = Pattern.compile("\"-(secretariat|members|chair)\"|\\+ \"-(secretariat|members|chair)");
    assertThat(inMain(pending(filesContaining(suffix)))).isEmpty();
  }

  @Test
  void noFullyQualifiedTypeWhereAnImportDoes() {
    List<String> found = new ArrayList<>();
    for (Path file : javaFiles()) {
      if (PENDING_SPLIT.stream().anyMatch(p -> file.toString().endsWith(p))) {
        continue;
      }
      found.addAll(FullNames.replaceable(file, read(file)));
    }
    assertThat(found).isEmpty();
  }

  /** Tests may name what they check. */
  private static List<String> inMain(List<String> files) {
    return files.stream().filter(f -> f.startsWith(MAIN.toString())).toList();
  }

  private static List<String> pending(List<String> files) {
    return files.stream().filter(f -> PENDING_SPLIT.stream().noneMatch(f::endsWith)).toList();
  }

  private static List<String> filesContaining(Pattern pattern) {
    return javaFiles().stream().filter(f -> pattern.matcher(FullNames.codeOnly(read(f), true)).find())
        .map(Path::toString).sorted().toList();
  }

  private static List<Path> javaFiles() {
    try (Stream<Path> main = Files.walk(MAIN); Stream<Path> test = Files.walk(TEST)) {
      return Stream.concat(main, test).filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().endsWith("SourceConventionsTest.java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fully qualified type names in code, and whether an import would do. */
  static final class FullNames {

    private static final Pattern FULL_NAME = Pattern.compile(
        "(?<![\\w.])((?:java|javax|jakarta|org|com|io|dk|net)(?:\\.[a-z_][a-z0-9_]*)+)\\.([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+)\\.(\\w+);");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|record|enum)\\s+([A-Z]\\w*)");

    private FullNames() {}

    /** "File: pkg.Type" for each full name whose simple name is free in the file, so an import would do. */
    static List<String> replaceable(Path file, String source) {
      String code = codeOnly(source, false).replaceAll("(?m)^(import|package) .*$", "");
      Matcher pkg = PACKAGE.matcher(source);
      String ownPackage = pkg.find() ? pkg.group(1) : "";
      Map<String, String> imports = IMPORT.matcher(source).results()
          .collect(Collectors.toMap(m -> m.group(2), m -> m.group(1), (a, b) -> a));
      Set<String> declared = new HashSet<>(DECLARED.matcher(code).results().map(m -> m.group(1)).toList());
      Set<String> samePackage = siblings(file);
      List<String> found = new ArrayList<>();
      Matcher m = FULL_NAME.matcher(code);
      while (m.find()) {
        String packageName = m.group(1);
        String simple = m.group(2);
        boolean taken = declared.contains(simple) && !packageName.equals(ownPackage)
            || imports.containsKey(simple) && !imports.get(simple).equals(packageName)
            || samePackage.contains(simple) && !packageName.equals(ownPackage);
        if (!taken) {
          found.add(file + ": " + packageName + "." + simple);
        }
      }
      return found;
    }

    private static Set<String> siblings(Path file) {
      try (Stream<Path> files = Files.list(file.getParent())) {
        return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
            .map(n -> n.substring(0, n.length() - ".java".length())).collect(Collectors.toSet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The source with comments blanked out, and string and character literals unless they are kept. */
    static String codeOnly(String source, boolean keepLiterals) {
      StringBuilder code = new StringBuilder(source.length());
      int i = 0;
      while (i < source.length()) {
        int end;
        if (source.startsWith("//", i)) {
          end = source.indexOf('\n', i);
          end = end < 0 ? source.length() : end;
        } else if (source.startsWith("/*", i)) {
          end = source.indexOf("*/", i + 2);
          end = end < 0 ? source.length() : end + 2;
        } else if (source.startsWith("\"\"\"", i)) {
          end = source.indexOf("\"\"\"", i + 3);
          end = end < 0 ? source.length() : end + 3;
        } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
          char quote = source.charAt(i);
          end = i + 1;
          while (end < source.length() && source.charAt(end) != quote) {
            end += source.charAt(end) == '\\' ? 2 : 1;
          }
          end = Math.min(end + 1, source.length());
          if (keepLiterals) {
            // For the rules that look for a literal (a zone name, a group suffix).
            code.append(source, i, end);
            i = end;
            continue;
          }
        } else {
          code.append(source.charAt(i++));
          continue;
        }
        code.append(" ".repeat(end - i));
        i = end;
      }
      return code.toString();
    }
  }
}
