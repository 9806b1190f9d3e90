package dk.nordjylland.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.ForwardedCases.ForwardedCase;
import dk.nordjylland.governance.support.GovernanceTest;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17 point 4 (ADR 0056) in Danish Chromium without a login: a citizen goes from the portal's header to the
 * search, searches "osteoporose", finds the case whose title says "osteoporosen" and opens its passport; a wrong date
 * gets a Danish message on its field. axe-core on the search page with results and with errors: 0 serious or critical.
 */
@GovernanceTest
class PortalSearchBrowserTest {

  static final LocalDateTime FFU_MEETING = LocalDateTime.of(2197, 9, 14, 9, 0);
  static final LocalDateTime SSF_MEETING = LocalDateTime.of(2197, 10, 26, 13, 0);
  static final String TITLE = "Godkendelse: Indsatsen mod osteoporosen i Vendsyssel";

  @LocalServerPort int port;
  @Autowired ForwardedCases cases;

  @BeforeAll
  static void browserIsInstalled() {
    Browser.requireInstalled();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aCitizenSearchesOsteoporoseAndOpensTheCasePassport() {
    ForwardedCase c = cases.ffuToSsf(FFU_MEETING, SSF_MEETING, TITLE, "1-01-72-2197-97");
    Clock.set(SSF_MEETING.plusDays(30));
    try (Browser browser = Browser.start("http://localhost:" + port)) {
      browser.open("/");
      browser.click(By.linkText("Søg"));
      assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Søg i sager og beslutninger");
      noSeriousViolations(browser, "søgeside");

      browser.type(By.id("q"), "osteoporose");
      browser.type(By.id("fra"), "01-01-2197");
      browser.click(By.cssSelector("form.search button[type=submit]"));
      WebElement count = browser.visible(By.id("antal"));
      assertThat(count.getText()).contains("fundet");
      WebElement hit = browser.visible(By.cssSelector(".results a[href='/sager/" + c.itemId() + "']"));
      assertThat(hit.getText()).isEqualTo(TITLE);
      assertThat(browser.visible(By.cssSelector(".results")).getText()).contains("1-01-72-2197-97",
          "Møde i Fælles Forretningsudvalg 14. september 2197", "Sendt videre",
          "Møde i Strategisk Sundhedsforum 26. oktober 2197", "Godkendt");
      noSeriousViolations(browser, "søgeresultater");
      browser.screenshot("portal-search");

      hit.click();
      assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Sagspas\n" + TITLE);

      browser.open("/soeg?q=osteoporose&fra=31-02-2197");
      WebElement from = browser.visible(By.id("fra"));
      assertThat(from.getDomAttribute("aria-invalid")).isEqualTo("true");
      assertThat(from.getDomAttribute("aria-describedby")).contains("fra-fejl");
      assertThat(browser.visible(By.id("fra-fejl")).getText()).contains("31-02-2197 er ikke en gyldig dato");
      noSeriousViolations(browser, "søgning med fejl");
    }
  }

  private static void noSeriousViolations(Browser browser, String page) {
    assertThat(Accessibility.seriousViolations(browser.driver)).as(page).isEmpty();
  }
}
