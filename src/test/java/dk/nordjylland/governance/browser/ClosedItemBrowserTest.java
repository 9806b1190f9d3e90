package dk.nordjylland.governance.browser;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ClosedItemCases;
import dk.nordjylland.governance.support.ClosedItemCases.ClosedCase;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Closed items and inhabilitet in Danish Chromium (issue 17 points 6, 7; ADR 0055): on the meeting page of approved
 * minutes a member reads the closed item's confidential part, a citizen and the member disqualified for it read only
 * its public title and public decision; the secretariat's fields for closing an item and recording its public decision
 * and inhabilitet are on the screening and record-meeting screens. axe-core: 0 serious or critical violations.
 */
@GovernanceTest
class ClosedItemBrowserTest {

  static final String MARKER = "FORTROLIGORD";
  static final LocalDateTime HELD = LocalDateTime.of(2192, 3, 11, 9, 0);

  @LocalServerPort int port;
  @Autowired ClosedItemCases closedCases;
  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired ProcessEngine engine;

  @BeforeAll
  static void browserIsInstalled() {
    Browser.requireInstalled();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aMemberSeesTheConfidentialPartTheCitizenAndTheDisqualifiedMemberDoNot() {
    ClosedCase c = closedCases.held(HELD, MARKER);
    Clock.set(HELD.plusDays(30));
    String meetingPage = "/moeder/" + c.meetingId();

    try (Browser citizen = Browser.start("http://localhost:" + port)) {
      citizen.open(meetingPage);
      String main = citizen.visible(By.tagName("main")).getText();
      assertThat(main).doesNotContain(MARKER).contains("Lukket punkt: " + ClosedItemCases.PUBLIC_TITLE,
          "Lukket punkt. Begrundelse: Personoplysninger.", ClosedItemCases.PUBLIC_DECISION,
          ClosedItemCases.DISQUALIFIED_LINE);
      noSeriousViolations(citizen, "møde med lukket punkt");
      citizen.screenshotFrom("portal-closed-item-public", By.xpath("//h2[.='Referat']"));
      citizen.open("/sager/" + c.closedItem());
      assertThat(citizen.visible(By.tagName("main")).getText()).doesNotContain(MARKER)
          .contains(ClosedItemCases.PUBLIC_TITLE, ClosedItemCases.PUBLIC_DECISION);
      noSeriousViolations(citizen, "sagspas for lukket punkt");
    }

    try (Browser member = Browser.start("http://localhost:" + port)) {
      member.logIn("tasklist", "jens.bach");
      member.open(meetingPage);
      assertThat(member.visible(By.tagName("main")).getText()).contains("Sagsfremstilling: " + MARKER,
          "Klagen fra " + MARKER + " afvises.", "Journalnotat om " + MARKER,
          "Offentliggjort beslutning (lukket punkt):", ClosedItemCases.PUBLIC_DECISION);
      noSeriousViolations(member, "møde med lukket punkt, medlem");
    }

    try (Browser disqualified = Browser.start("http://localhost:" + port)) {
      disqualified.logIn("tasklist", "lone.berg");
      disqualified.open(meetingPage);
      assertThat(disqualified.visible(By.tagName("header")).getText()).contains("Lone Berg");
      assertThat(disqualified.visible(By.tagName("main")).getText()).doesNotContain(MARKER)
          .contains(ClosedItemCases.PUBLIC_TITLE, ClosedItemCases.PUBLIC_DECISION, ClosedItemCases.DISQUALIFIED_LINE);
    }
  }

  @Test
  void theSecretariatsFieldsForClosedItemsAndInhabilitetAreOnTheMeetingScreens() {
    LocalDateTime screening = HELD.plusDays(63);
    Clock.set(screening.minusDays(40));
    String toScreen = run.start("ffu", screening);
    cases.propose("ffu", toScreen, "Beslutning: Klage over en læge", null);
    engine.getTaskService().complete(task(toScreen, COLLECT_ITEMS), Map.of(CALL_CLOSED.getName(), true));
    ClosedCase toRecord = closedCases.toMeeting(HELD.plusDays(91), MARKER);
    Clock.set(HELD.plusDays(91).plusHours(3));

    try (Browser karen = Browser.start("http://localhost:" + port)) {
      karen.logIn("tasklist", "karen.lund");
      karen.open("/screens/screen-items?taskId=" + task(toScreen, SCREEN_ITEMS));
      assertThat(karen.visible(By.tagName("main")).getText()).contains("Punktet behandles for lukkede døre",
          "Offentlig titel (skal udfyldes for et lukket punkt)", "Begrundelse for at lukke punktet");
      noSeriousViolations(karen, "screening med lukket punkt");

      karen.open("/screens/record-meeting?taskId=" + task(toRecord.meetingId(), RECORD_MEETING));
      assertThat(karen.visible(By.tagName("main")).getText()).contains("Offentlig beslutning (lukket punkt)");
      karen.unfold(By.xpath("//summary[starts-with(., 'Inhabilitet, punkt')]"));
      assertThat(karen.visible(By.tagName("main")).getText()).contains("Lone Berg", "Begrundelse for inhabilitet");
      noSeriousViolations(karen, "registrering med lukket punkt");
      karen.screenshotFrom("screen-record-closed-item", By.xpath("//label[starts-with(., 'Offentlig beslutning')]"));
    }
  }

  private String task(String meetingId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId).taskDefinitionKey(key)
        .singleResult().getId();
  }

  private static void noSeriousViolations(Browser browser, String page) {
    assertThat(Accessibility.seriousViolations(browser.driver)).as(page).isEmpty();
  }
}
