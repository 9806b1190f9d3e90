package dk.nordjylland.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.meeting.AgendaPublished;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Issue 17 (ADR 0057) in Danish Chromium: a citizen opens a meeting whose agenda was sent twice, reads under version 2
 * what changed since version 1 (a heading and a list, the kind of change in words), and finds the link to add the
 * meeting to a calendar; axe-core: 0 serious or critical violations on the page with its versions.
 */
@GovernanceTest
class PortalVersionsBrowserTest {

  static final LocalDateTime FFU_MEETING = LocalDateTime.of(2199, 3, 10, 9, 0);

  @LocalServerPort int port;
  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired ApplicationEventPublisher events; // a second agenda, as the cycle publishes one

  @BeforeAll
  static void browserIsInstalled() {
    Browser.requireInstalled();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aCitizenReadsWhatChangedInTheSecondAgendaAndFindsTheCalendarLink() {
    Clock.set(FFU_MEETING.minusDays(40));
    String meetingId = run.start("ffu", FFU_MEETING);
    long item = cases.propose("ffu", meetingId, "Godkendelse: Budget 2200", null);
    run.toMeeting(meetingId);
    cases.attach(item, "Budgetnotat");
    events.publishEvent(new AgendaPublished(meetingId));

    try (Browser browser = Browser.start("http://localhost:" + port)) {
      browser.open("/moeder/" + meetingId);
      WebElement versions = browser.visible(By.cssSelector("ul.versions"));
      List<String> links = versions.findElements(By.cssSelector(":scope > li > a")).stream().map(WebElement::getText)
          .toList();
      assertThat(links).hasSize(2);
      assertThat(links.get(1)).startsWith("Dagsorden, version 2 (PDF");
      WebElement changes = versions.findElement(By.cssSelector(":scope > li:nth-child(2) .changes"));
      assertThat(changes.findElement(By.tagName("h3")).getText()).startsWith("Ændringer siden version 1");
      assertThat(changes.findElement(By.tagName("li")).getText())
          .startsWith("Bilag:").contains("Godkendelse: Budget 2200", "tilføjet \"Budgetnotat\"");
      assertThat(browser.driver.findElement(By.partialLinkText("Føj mødet til din kalender")).getDomAttribute("href"))
          .isEqualTo("/moeder/" + meetingId + "/kalender.ics");
      assertThat(Accessibility.seriousViolations(browser.driver)).isEmpty();
      browser.screenshotFrom("portal-versions", By.xpath("//h2[.='Dokumenter']"));
    }
  }
}
