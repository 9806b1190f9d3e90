package dk.nordjylland.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check of the browser walk can fail: axe-core from the test class path, injected into a page,
 * reports a field without a label and a low-contrast text, and passes the same page once it is mended. No server.
 */
class AccessibilityCheckTest {

  static final String BROKEN = """
      <!DOCTYPE html><html lang="da"><head><title>Opgave</title></head><body><main><h1>Opgave</h1>
      <p style="color:#bbb;background:#fff">Læs dette</p><input type="text" name="x"></main></body></html>""";
  static final String MENDED = """
      <!DOCTYPE html><html lang="da"><head><title>Opgave</title></head><body><main><h1>Opgave</h1>
      <p style="color:#333;background:#fff">Læs dette</p><label for="x">Titel</label><input type="text" id="x" name="x">
      </main></body></html>""";

  @Test
  void aFieldWithoutALabelAndTextTooPaleToReadAreSeriousViolationsAndTheMendedPageHasNone() {
    try (Browser browser = Browser.start("about:blank")) {
      browser.driver.get(dataUrl(BROKEN));
      assertThat(Accessibility.seriousViolations(browser.driver))
          .anySatisfy(v -> assertThat(v).startsWith("label (critical)"))
          .anySatisfy(v -> assertThat(v).startsWith("color-contrast (serious)"));

      browser.driver.get(dataUrl(MENDED));
      assertThat(Accessibility.seriousViolations(browser.driver)).isEmpty();
    }
  }

  static String dataUrl(String html) {
    return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
