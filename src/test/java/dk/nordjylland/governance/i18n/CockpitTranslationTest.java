package dk.nordjylland.governance.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: our Danish Cockpit locale (cockpit/locales/da.json) against the English locale of the Camunda 7.24 webjar
 * on the classpath: every English key is there (Cockpit shows a missing key as its name), with the same placeholders,
 * and the screens process owners use are Danish. The administrators' tools (batches, migration, modification, DRD)
 * may still be English. No Spring context.
 */
class CockpitTranslationTest {

  private static final String COCKPIT = "/META-INF/resources/webjars/camunda/app/cockpit";
  private static final String EN_JSON = COCKPIT + "/locales/en.json";
  private static final String DA_JSON = COCKPIT + "/locales/da.json";
  private static final String CONFIG_JS = COCKPIT + "/scripts/config.js";

  /** The labels of the screens process owners use: dashboard, processes, definition, instance, search, tasks. */
  private static final List<String> OWNERS_SCREENS = List.of("/labels/DASHBOARD_", "/labels/COCKPIT_",
      "/labels/PROCESS_DEFINITION_", "/labels/PROCESS_INSTANCE_", "/labels/PLUGIN_PROCESS_DEF_",
      "/labels/PLUGIN_PROCESS_INSTANCE", "/labels/PLUGIN_USER_TASKS_", "/labels/PLUGIN_VARIABLE",
      "/labels/PLUGIN_INCIDENTS_", "/labels/PLUGIN_CALLED_PROCESS", "/labels/PLGN_SEAR", "/labels/PAGES_",
      "/labels/BREAD_CRUMBS_", "/labels/PLUGIN_ACTIVITY", "/labels/PLGN_ACTIVITY", "/labels/VARIABLE_",
      "/labels/CAM_WIDGET_", "/labels/SEARCH_", "/labels/PAGINATION_", "/labels/AUTH_", "/labels/TIME_TO_LIVE",
      "/labels/QUICK_FILTER", "/labels/PLGN_MTRCS", "/labels/PLUGIN_TASK_", "/labels/PLUGIN_DIAGRAM",
      "/dateLocales/");

  /** Words and signs that are the same in Danish. */
  private static final Set<String> SAME_IN_DANISH = Set.of("type", "operator", "filter", "ok", "cockpit", "weekend",
      "upload", "april", "august", "september", "november", "december", "<null>", "<", "<=", ">", ">=");

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{[^}]*}}|\\{}|%[sd]|</?(?:a|br|b|strong|em|i|p|span|code)\\b[^>]*>|&[a-z]+;");

  private static Map<String, JsonNode> en;
  private static Map<String, JsonNode> da;

  @BeforeAll
  static void load() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    en = LocaleFiles.leaves(mapper, EN_JSON);
    da = LocaleFiles.leaves(mapper, DA_JSON);
  }

  @Test
  void everyEnglishKeyOf724IsThereAndNoOther() {
    assertThat(en).as("en.json of the 7.24 webjar").hasSizeGreaterThan(2400);
    assertThat(da.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
  }

  @Test
  void typesAndPlaceholdersAreTheSameAndNoValueIsEmpty() {
    List<String> wrong = new ArrayList<>();
    en.forEach((path, value) -> {
      JsonNode other = da.get(path);
      if (other == null || other.getNodeType() != value.getNodeType()) {
        wrong.add(path + ": type");
      } else if (value.isTextual() && !placeholders(value).equals(placeholders(other))) {
        wrong.add(path + ": " + placeholders(value) + " != " + placeholders(other));
      } else if (other.isTextual() && other.asText().isBlank() && !value.asText().isBlank()) {
        wrong.add(path + ": empty");
      }
    });
    assertThat(wrong).isEmpty();
  }

  @Test
  void theScreensProcessOwnersUseAreDanish() {
    List<String> english = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
      if (OWNERS_SCREENS.stream().noneMatch(entry.getKey()::startsWith) || !entry.getValue().isTextual()) {
        continue;
      }
      checked++;
      String value = normalise(entry.getValue());
      if (value.equals(normalise(da.get(entry.getKey()))) && !SAME_IN_DANISH.contains(value)
          && !value.matches("[\\d\\s.,:%/-]*|[a-z]{1,4}")) {
        english.add(entry.getKey() + " = " + entry.getValue().asText());
      }
    }
    assertThat(checked).as("labels of the owners' screens").isGreaterThan(500);
    assertThat(english).as("still English on the process owners' screens").isEmpty();
  }

  @Test
  void atLeastAThirdOfAllCockpitTextsAreDanish() {
    long same = en.entrySet().stream().filter(e -> normalise(e.getValue()).equals(normalise(da.get(e.getKey()))))
        .count();
    assertThat(1.0 - (double) same / en.size()).isGreaterThan(0.35);
  }

  @Test
  void configMakesDanishTheDefaultWithEnglishAvailableAndComesBeforeTheWebjar() throws IOException {
    String config = LocaleFiles.withoutComments(LocaleFiles.read(CONFIG_JS));
    assertThat(config).containsPattern("availableLocales\\s*:\\s*\\[\\s*'da'\\s*,\\s*'en'\\s*]")
        .containsPattern("fallbackLocale\\s*:\\s*'da'");
    List<URL> configs = Collections.list(getClass().getClassLoader().getResources(CONFIG_JS.substring(1)));
    assertThat(configs).hasSizeGreaterThanOrEqualTo(2);
    assertThat(configs.get(0).toString()).doesNotContain("camunda-webapp-webjar");
    assertThat(getClass().getResource(EN_JSON).toString()).contains("camunda-webapp-webjar");
  }

  private static String normalise(JsonNode node) {
    return node == null ? "" : node.asText().trim().toLowerCase(Locale.ROOT);
  }

  private static List<String> placeholders(JsonNode text) {
    return LocaleFiles.placeholders(PLACEHOLDER, text.asText());
  }
}
