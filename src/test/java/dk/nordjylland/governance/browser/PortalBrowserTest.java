package dk.nordjylland.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.ForwardedCases.ForwardedToSsu;
import dk.nordjylland.governance.support.GovernanceTest;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17 (ADR 0049) in Danish Chromium without a login: a citizen opens the portal, reaches the content by the skip
 * link, finds FFU's meeting in its årshjul, reads the minutes, opens the case passport and follows the case on to SSF
 * and SSU (FFU → SSF → SSU, the path of a collaboration agreement), and back from SSU's minutes to the passport.
 * axe-core on every page type of the portal: 0 serious or critical violations.
 */
@GovernanceTest
class PortalBrowserTest {

  static final LocalDateTime FFU_MEETING = LocalDateTime.of(2190, 9, 14, 9, 0);
  static final LocalDateTime SSF_MEETING = LocalDateTime.of(2190, 10, 26, 13, 0);
  static final LocalDateTime SSU_MEETING = LocalDateTime.of(2190, 12, 14, 14, 0);
  static final String TITLE = "Godkendelse: Samarbejdsaftale om osteoporose i praksissektoren";

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
  void aCitizenFindsAForumsMeetingReadsTheMinutesAndFollowsTheCaseFromFfuToSsfToSsu() {
    ForwardedToSsu c = cases.ffuToSsfToSsu(FFU_MEETING, SSF_MEETING, SSU_MEETING, TITLE, "1-01-72-2190-90");
    Clock.set(SSU_MEETING.plusDays(30));
    try (Browser browser = Browser.start("http://localhost:" + port)) {
      browser.open("/");
      assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("da");
      // The keyboard's first stop is the skip link, and it leads to the content.
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      WebElement skip = browser.driver.switchTo().activeElement();
      assertThat(skip.getText()).isEqualTo("Gå til indholdet");
      skip.sendKeys(Keys.ENTER);
      assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("indhold");
      noSeriousViolations(browser, "forside");
      assertThat(browser.driver.findElements(By.linkText("Sundhedsdirektørernes Forretningsudvalg"))).isEmpty();

      browser.click(By.linkText("Fælles Forretningsudvalg"));
      assertThat(heading(browser)).isEqualTo("Fælles Forretningsudvalg");
      noSeriousViolations(browser, "forum");
      browser.screenshot("portal-forum");

      browser.click(By.cssSelector("a[href='/moeder/" + c.ffuMeetingId() + "']"));
      assertThat(heading(browser)).startsWith("Møde i Fælles Forretningsudvalg");
      String minutes = browser.visible(By.tagName("main")).getText();
      assertThat(minutes).contains("Referat", TITLE, ForwardedCases.SUMMARY, "Sendt videre",
          ForwardedCases.FFU_DECISION, "Referat, version 1 (PDF");
      noSeriousViolations(browser, "møde");
      browser.screenshotFrom("portal-minutes", By.xpath("//h2[.='Referat']"));

      browser.click(By.cssSelector("a[href='/sager/" + c.itemId() + "']"));
      assertThat(heading(browser)).isEqualTo("Sagspas\n" + TITLE);
      List<String> steps = browser.driver.findElements(By.cssSelector(".path > li h3")).stream()
          .map(WebElement::getText).toList();
      assertThat(steps).hasSize(3);
      assertThat(steps.get(0)).startsWith("Møde i Fælles Forretningsudvalg");
      assertThat(steps.get(1)).startsWith("Møde i Strategisk Sundhedsforum");
      assertThat(steps.get(2)).startsWith("Møde i Sundhedssamarbejdsudvalget");
      assertThat(browser.visible(By.tagName("main")).getText()).contains("1-01-72-2190-90",
          ForwardedCases.FFU_DECISION, "Sendt videre til Strategisk Sundhedsforum", ForwardedCases.SSF_DECISION,
          "Sendt videre til Sundhedssamarbejdsudvalget", "Beslutning: Godkendt");
      noSeriousViolations(browser, "sagspas");
      browser.screenshot("portal-case");

      browser.click(By.linkText("Strategisk Sundhedsforum"));
      assertThat(heading(browser)).startsWith("Møde i Strategisk Sundhedsforum");
      assertThat(browser.visible(By.tagName("main")).getText()).contains(TITLE, ForwardedCases.SSF_DECISION);

      // On to SSU by the passport's link, and from SSU's minutes back to the passport: links both ways.
      browser.click(By.cssSelector("a[href='/sager/" + c.itemId() + "']"));
      browser.click(By.linkText("Sundhedssamarbejdsudvalget"));
      assertThat(heading(browser)).startsWith("Møde i Sundhedssamarbejdsudvalget");
      assertThat(browser.visible(By.tagName("main")).getText()).contains("Referat", TITLE, "Godkendt");
      browser.click(By.cssSelector("a[href='/sager/" + c.itemId() + "']"));
      assertThat(heading(browser)).isEqualTo("Sagspas\n" + TITLE);

      browser.open("/tilgaengelighed");
      assertThat(heading(browser)).isEqualTo("Tilgængelighedserklæring");
      noSeriousViolations(browser, "tilgængelighed");

      browser.open("/moeder/findes-ikke");
      assertThat(heading(browser)).isEqualTo("Siden findes ikke");
      noSeriousViolations(browser, "404");
    }
  }

  private static String heading(Browser browser) {
    return browser.visible(By.tagName("h1")).getText();
  }

  private static void noSeriousViolations(Browser browser, String page) {
    assertThat(Accessibility.seriousViolations(browser.driver)).as(page).isEmpty();
  }
}
