package dk.nordjylland.governance.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core in the page (ADR 0039): the script packaged in Deque's jar on the test class path (axe.min.js), injected
 * by the test into the page it is on, nothing fetched at run time. Reports the violations a person would be stopped
 * by: impact "serious" or "critical".
 */
final class Accessibility {

  /** The impacts that fail a screen; "minor" and "moderate" are left to review. */
  static final List<String> FAILING = List.of("serious", "critical");

  private static final String AXE = load();

  /**
   * Runs every axe rule of WCAG 2.0/2.1 A and AA and the best practices. A document preview ({@code iframe sandbox},
   * no scripts) is not entered: it is the PDF's own HTML, and axe cannot run inside a sandbox without scripts.
   */
  private static final String RUN = """
      var done = arguments[arguments.length - 1];
      axe.run(arguments[0] ? {include: [[arguments[0]]]} : document, {iframes: false, resultTypes: ['violations']})
        .then(function (r) {
          done(r.violations.map(function (v) {
            return {id: v.id, impact: v.impact || '', help: v.help,
                    nodes: v.nodes.map(function (n) { return n.target.join(' '); })};
          }));
        })
        .catch(function (e) { done([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}]); });
      """;

  private Accessibility() {}

  /** "rule (impact): help – where" for each serious or critical violation on the page the browser shows now. */
  static List<String> seriousViolations(WebDriver driver) {
    return seriousViolations(driver, null);
  }

  /** The same for the part of the page a CSS selector picks (ours on a page of Camunda's, e.g. the Tasklist). */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(WebDriver driver, String cssSelector) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      js.executeScript(AXE);
    }
    List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(RUN, cssSelector);
    List<String> failing = new ArrayList<>();
    for (Map<String, Object> v : violations) {
      if (FAILING.contains(String.valueOf(v.get("impact")))) {
        failing.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " – " + v.get("nodes"));
      }
    }
    return failing;
  }

  private static String load() {
    try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
