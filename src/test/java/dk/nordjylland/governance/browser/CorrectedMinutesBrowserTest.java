package dk.nordjylland.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ADR 0059 in Danish Chromium: Karen Lund (FFU's secretariat) opens an approved meeting under "Møder", follows "Ret det
 * godkendte referat", rewords a decision with a reason and publishes; the portal's meeting page then lists minutes
 * version 2 with "Ændringer siden version 1" naming the item's decision. axe-core: 0 serious or critical violations on
 * the correction page, also with its field errors.
 */
@GovernanceTest
class CorrectedMinutesBrowserTest {

  static final LocalDateTime FFU_MEETING = LocalDateTime.of(2461, 3, 3, 9, 0);

  @LocalServerPort int port;
  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired Items items;

  @BeforeAll
  static void browserIsInstalled() {
    Browser.requireInstalled();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void karenCorrectsADecisionAndThePortalShowsVersionTwoWithWhatChanged() {
    Clock.set(FFU_MEETING.minusDays(40));
    String meetingId = run.start("ffu", FFU_MEETING);
    long budget = cases.propose("ffu", meetingId, "Godkendelse: Budget 2462", null);
    run.hold(meetingId, Map.of(budget, Outcome.APPROVED_WITH_REMARKS));
    int position = items.agenda(meetingId).stream().filter(e -> e.itemId() == budget).findFirst().orElseThrow()
        .position();

    try (Browser karen = Browser.start("http://localhost:" + port)) {
      karen.logIn("tasklist", "karen.lund");
      karen.open("/screens/meetings/" + meetingId);
      karen.click(By.linkText("Ret det godkendte referat"));
      assertThat(karen.visible(By.tagName("h1")).getText()).isEqualTo("Ret det godkendte referat");

      // Without a reason: the message on the field, the typed decision kept.
      karen.retype(By.id("decisionText-" + budget), "Budgettet godkendes med en ramme på 4,2 mio. kr.");
      karen.click(By.xpath("//button[.='Udgiv rettet referat']"));
      assertThat(karen.visible(By.id("reason-fejl")).getText()).isEqualTo("Skriv begrundelsen for rettelsen.");
      assertThat(karen.visible(By.id("decisionText-" + budget)).getDomProperty("value")).contains("4,2 mio. kr.");
      assertThat(Accessibility.seriousViolations(karen.driver)).as("rettelse med fejl").isEmpty();

      karen.type(By.id("reason"), "Beløbet manglede i beslutningen.");
      karen.click(By.xpath("//button[.='Udgiv rettet referat']"));
      assertThat(karen.visible(By.cssSelector(".done")).getText())
          .startsWith("Det rettede referat er udgivet som version 2");
      assertThat(Accessibility.seriousViolations(karen.driver)).as("rettet referat udgivet").isEmpty();
      karen.screenshotFrom("screen-correct-minutes", By.tagName("h1"));
    }

    try (Browser citizen = Browser.start("http://localhost:" + port)) {
      citizen.open("/moeder/" + meetingId);
      List<WebElement> minutes = citizen.driver.findElements(By.cssSelector("ul.versions > li")).stream()
          .filter(li -> li.getText().startsWith("Referat, version 2")).toList();
      assertThat(minutes).hasSize(1);
      assertThat(minutes.get(0).getText()).contains("(PDF, rettet ");
      WebElement changes = minutes.get(0).findElement(By.cssSelector(".changes"));
      assertThat(changes.findElement(By.tagName("h3")).getText()).startsWith("Ændringer siden version 1");
      assertThat(changes.findElement(By.tagName("li")).getText())
          .isEqualTo("Ændret tekst: Punkt " + position + ": Godkendelse: Budget 2462: beslutning");
      assertThat(citizen.visible(By.tagName("main")).getText()).contains("Budgettet godkendes med en ramme på 4,2");
    }
  }
}
