package dk.nordjylland.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.overview.OverviewScenario;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18 in a real browser (Debian's headless Chromium, Danish, Copenhagen): the process owner logs in to Cockpit and
 * finds the overview on the dashboard and on its own page, in Danish: a running meeting with its current step and the
 * working days it has waited (over a weekend: 2 working days, 4 calendar days), a finished meeting, an agreement
 * waiting at a party's reservation by its title, a consultation with the clusters that have not replied; the filters
 * narrow the list; the instance page shows the owner no edit buttons.
 */
@GovernanceTest
class CockpitOverviewBrowserTest {

  static final String OWNER = "ida.winther";
  static final String AGREEMENT = "Samarbejdsaftale om osteoporose (browsertest)";
  static final String RESERVATION = "Formandskabet skal først behandle aftalen.";
  static final String CONSULTATION = "Midtvejsstatus for klyngerne (browsertest)";

  @LocalServerPort int port;
  @Autowired OverviewScenario scenario;

  static Browser current;

  @RegisterExtension
  static final AfterTestExecutionCallback KEEP_FAILED_SCREEN = context -> {
    if (context.getExecutionException().isPresent() && current != null) {
      current.keepFailure(context.getRequiredTestMethod().getName());
    }
  };

  @BeforeAll
  static void browserIsInstalled() {
    Browser.requireInstalled();
  }

  @AfterEach
  void closeBrowserAndResetClock() {
    if (current != null) {
      current.close();
      current = null;
    }
    Clock.reset();
  }

  @Test
  void theProcessOwnerSeesWhereEverythingStandsInDanish() {
    Clock.set(LocalDateTime.of(2066, 2, 1, 9, 0));
    String finished = scenario.finishedMeeting("ffu", LocalDateTime.of(2066, 2, 24, 9, 0));
    // Friday 5 March 2066; the owner looks on Tuesday 9 March: 2 working days, 4 calendar days.
    Clock.set(LocalDateTime.of(2066, 3, 5, 10, 0));
    String running = scenario.runningMeeting("ffu", LocalDateTime.of(2066, 4, 28, 9, 0));
    scenario.agreementWithReservation(AGREEMENT, RESERVATION);
    scenario.consultationWithMissingReplies(CONSULTATION, LocalDate.of(2066, 3, 19));
    Clock.set(LocalDateTime.of(2066, 3, 9, 10, 0));

    current = Browser.start("http://localhost:" + port);
    Browser browser = current;
    browser.openLoginPage("cockpit");
    browser.logIn("cockpit", OWNER);

    // The dashboard: Cockpit in Danish, our box and the header's link.
    WebElement box = browser.visible(By.cssSelector(".governance-overview-dashboard"));
    assertThat(box.getText()).contains("Procesoversigt", "Møder i gang:", "Overskredne trin:");
    assertThat(browser.visible(By.cssSelector("body")).getText()).contains("Processer", "Lige nu");
    browser.click(By.xpath("//a[normalize-space(.)='Åbn oversigten']"));

    browser.visible(By.xpath("//h2[normalize-space(.)='Oversigt over møder, aftaler, høringer og opfølgninger']"));
    String runningRow = row(browser, running);
    assertThat(runningRow).contains("FFU", "Indsaml dagsordenspunkter", "05.03.2066 kl. 10.00", "2 arbejdsdage",
        "Instans i Cockpit", "Mødets dokumenter").doesNotContain("4 arbejdsdage");
    assertThat(row(browser, finished)).contains("Afsluttet", "Referat (PDF)").doesNotContain("Instans i Cockpit");
    assertThat(row(browser, AGREEMENT)).contains("Til anbefaling i FFU",
        "PLO-Nordjyllands formandskab: Godkendt med forbehold", RESERVATION);
    assertThat(row(browser, CONSULTATION)).contains("19.03.2066", "Klyngesekretariat Klynge Nord",
        "Klyngesekretariat Klynge Midt", "Klyngesekretariat Klynge Syd", "Klyngesekretariat Klynge Vest");
    assertThat(browser.driver.findElement(By.xpath("//tr[td[normalize-space(.)=" + Browser.xpathLiteral(CONSULTATION)
        + "]]/td[6]")).getText()).doesNotContain("Klynge Nord").contains("Klynge Midt");
    browser.screenshot("cockpit-overview");
    assertThat(shown(browser, By.xpath("//h3[starts-with(normalize-space(.), 'Ventetid pr. trin')]")).getText())
        .isEqualTo("Ventetid pr. trin de seneste 12 måneder (arbejdsdage)");

    // Filters: FFU's finished meetings only.
    new Select(shown(browser, By.id("governance-filter-forum"))).selectByVisibleText("FFU");
    new Select(shown(browser, By.id("governance-filter-status"))).selectByVisibleText("Afsluttet");
    browser.until(d -> d.findElements(By.xpath(rowXpath(running))).isEmpty());
    assertThat(row(browser, finished)).contains("Afsluttet");

    // The running meeting's instance: no edit or delete buttons for the owner.
    new Select(shown(browser, By.id("governance-filter-status"))).selectByVisibleText("I gang");
    shown(browser, By.xpath(rowXpath(running)));
    browser.click(By.xpath(rowXpath(running) + "//a[normalize-space(.)='Instans i Cockpit']"));
    browser.visible(By.xpath("//*[normalize-space(.)='Forretningsnøgle:']"));
    browser.until(d -> d.findElement(By.cssSelector("body")).getDomAttribute("class").contains("governance-read-only"));
    Browser.settle();
    assertThat(browser.driver.findElements(By.cssSelector("[ng-click^='enableEditMode'], [ng-click^='deleteVariable'],"
        + " .btn-toolbar")).stream().filter(WebElement::isDisplayed).toList()).isEmpty();
  }

  /** Cockpit's page scrolls in a box of its own: what lies outside it counts as hidden until scrolled to. */
  private static WebElement shown(Browser browser, By by) {
    browser.scrollIntoView(browser.until(d -> d.findElement(by)));
    return browser.visible(by);
  }

  private static String rowXpath(String firstCell) {
    return "//tr[td[normalize-space(.)=" + Browser.xpathLiteral(firstCell) + "]]";
  }

  private static String row(Browser browser, String firstCell) {
    return shown(browser, By.xpath(rowXpath(firstCell))).getText();
  }
}
