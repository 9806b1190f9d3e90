package dk.nordjylland.governance.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks our Danish Tasklist locale (da.json) against the English locale of the Camunda
 * webjar on the classpath, and checks our Tasklist config.js override. No Spring context.
 */
class TasklistTranslationTest {

  private static final String TASKLIST = "/META-INF/resources/webjars/camunda/app/tasklist";
  private static final String EN_JSON = TASKLIST + "/locales/en.json";
  private static final String DA_JSON = TASKLIST + "/locales/da.json";
  private static final String CONFIG_JS = TASKLIST + "/scripts/config.js";

  /** {{...}} placeholders, printf-style %s/%d (moment relativeTime), HTML tags and entities. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{\\{[^}]*}}|%[sd]|</?(?:a|br|b|strong|em|i|p|span|code)\\b[^>]*>|&[a-z]+;");

  private static Map<String, JsonNode> en;
  private static Map<String, JsonNode> da;

  @BeforeAll
  static void load() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    en = LocaleFiles.leaves(mapper, EN_JSON);
    da = LocaleFiles.leaves(mapper, DA_JSON);
  }

  @Test
  void keyPathsAreIdentical() {
    List<String> missing = new ArrayList<>(en.keySet());
    missing.removeAll(da.keySet());
    List<String> extra = new ArrayList<>(da.keySet());
    extra.removeAll(en.keySet());
    assertTrue(missing.isEmpty(), "keys missing in da.json: " + missing);
    assertTrue(extra.isEmpty(), "keys in da.json that en.json does not have: " + extra);
    assertTrue(en.size() > 400, "en.json looks incomplete: " + en.size() + " leaves");
  }

  @Test
  void leafTypesAreIdentical() {
    List<String> wrong = new ArrayList<>();
    en.forEach(
        (path, value) -> {
          JsonNode other = da.get(path);
          if (other != null && other.getNodeType() != value.getNodeType()) {
            wrong.add(path);
          }
        });
    assertTrue(wrong.isEmpty(), "different JSON types: " + wrong);
  }

  @Test
  void placeholdersAreIdentical() {
    List<String> wrong = new ArrayList<>();
    en.forEach(
        (path, value) -> {
          JsonNode other = da.get(path);
          if (value.isTextual() && other != null) {
            List<String> expected = LocaleFiles.placeholders(PLACEHOLDER, value.asText());
            List<String> actual = LocaleFiles.placeholders(PLACEHOLDER, other.asText());
            if (!expected.equals(actual)) {
              wrong.add(path + ": " + expected + " != " + actual);
            }
          }
        });
    assertTrue(wrong.isEmpty(), "placeholders differ: " + wrong);
  }

  @Test
  void noDanishValueIsEmpty() {
    List<String> empty = new ArrayList<>();
    da.forEach(
        (path, value) -> {
          if (value.isNull() || value.asText().isBlank()) {
            empty.add(path);
          }
        });
    assertTrue(empty.isEmpty(), "empty values in da.json: " + empty);
  }

  @Test
  void atLeastNinetyPercentOfValuesAreTranslated() {
    int same = 0;
    List<String> sameKeys = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
      JsonNode other = da.get(entry.getKey());
      if (other != null && normalise(entry.getValue()).equals(normalise(other))) {
        same++;
        sameKeys.add(entry.getKey());
      }
    }
    double translated = 1.0 - (double) same / en.size();
    assertTrue(
        translated >= 0.90,
        String.format(
            Locale.ROOT, "only %.1f%% of values differ from English; same: %s",
            translated * 100, sameKeys));
  }

  @Test
  void configMakesDanishDefaultWithEnglishAvailable() throws IOException {
    String config = LocaleFiles.withoutComments(LocaleFiles.read(CONFIG_JS));
    Matcher available =
        Pattern.compile("[\"']?availableLocales[\"']?\\s*:\\s*\\[([^\\]]*)]").matcher(config);
    assertTrue(available.find(), "config.js sets no availableLocales");
    List<String> locales = new ArrayList<>();
    Matcher quoted = Pattern.compile("[\"']([A-Za-z-]+)[\"']").matcher(available.group(1));
    while (quoted.find()) {
      locales.add(quoted.group(1));
    }
    assertTrue(locales.contains("da"), "availableLocales lacks 'da': " + locales);
    assertTrue(locales.contains("en"), "availableLocales lacks 'en': " + locales);

    Matcher fallback =
        Pattern.compile("[\"']?fallbackLocale[\"']?\\s*:\\s*[\"']([A-Za-z-]+)[\"']").matcher(config);
    assertTrue(fallback.find(), "config.js sets no fallbackLocale");
    assertEquals("da", fallback.group(1));
  }

  @Test
  void ourFilesComeBeforeTheWebjarOnTheClasspath() throws IOException {
    // The starter serves <application-path>/app/** from classpath:/META-INF/resources/webjars/camunda/app/,
    // which resolves to the first match on the classpath: ours must come before the webjar's.
    List<URL> configs =
        Collections.list(getClass().getClassLoader().getResources(CONFIG_JS.substring(1)));
    assertTrue(configs.size() >= 2, "expected our config.js and the webjar's: " + configs);
    assertFalse(
        configs.get(0).toString().contains("camunda-webapp-webjar"),
        "the webjar's config.js shadows ours: " + configs);
    URL enUrl = getClass().getResource(EN_JSON);
    assertNotNull(enUrl);
    assertTrue(
        enUrl.toString().contains("camunda-webapp-webjar"),
        "en.json is expected to come from the webjar: " + enUrl);
  }

  private static String normalise(JsonNode node) {
    return node.asText().trim().toLowerCase(Locale.ROOT);
  }
}
