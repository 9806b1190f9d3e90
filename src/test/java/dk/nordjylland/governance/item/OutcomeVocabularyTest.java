package dk.nordjylland.governance.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an outcome means to a waiting process is said once, on {@link Outcome} (ADR 0052): the models' gateways read
 * the derived {@code forumDecision}, never outcome names, so no model can give an outcome another meaning.
 */
class OutcomeVocabularyTest {

  private static final Pattern CONDITION = Pattern.compile("<bpmn:conditionExpression[^>]*>([^<]*)</bpmn:conditionExpression>");
  private static final Pattern COMPARED = Pattern.compile("forumDecision\\s*==\\s*'([A-Z_]+)'");

  @ParameterizedTest
  @EnumSource(Outcome.class)
  void theTypedDecisionFollowsTheOutcomesMeaning(Outcome outcome) {
    ForumDecision decision = outcome.forumDecision();
    assertThat(decision.approves()).as("%s approves", outcome).isEqualTo(outcome.approves());
    assertThat(decision == ForumDecision.PENDING).as("%s waits for a later meeting", outcome)
        .isEqualTo(!outcome.isFinal());
    assertThat(outcome.approves() && !outcome.isFinal()).as("%s approves without being final", outcome).isFalse();
  }

  @Test
  void noGatewayReadsAnOutcomeName() throws IOException {
    List<String> offending = new ArrayList<>();
    for (Path model : models()) {
      Matcher m = CONDITION.matcher(Files.readString(model));
      while (m.find()) {
        if (m.group(1).contains("itemOutcome")) {
          offending.add(model.getFileName() + ": " + m.group(1));
        }
      }
    }
    assertThat(offending).as("conditions that read itemOutcome instead of forumDecision").isEmpty();
  }

  @Test
  void everyForumDecisionAGatewayComparesWithExists() throws IOException {
    List<String> names = Arrays.stream(ForumDecision.values()).map(Enum::name).toList();
    List<String> compared = new ArrayList<>();
    for (Path model : models()) {
      Matcher m = COMPARED.matcher(Files.readString(model));
      while (m.find()) {
        compared.add(m.group(1));
      }
    }
    assertThat(compared).as("forumDecision values the models compare with").isNotEmpty().allMatch(names::contains);
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
