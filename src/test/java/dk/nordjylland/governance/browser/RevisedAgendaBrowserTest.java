package dk.nordjylland.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17 point 2 (ADR 0058) in Danish Chromium: karen.lund (FFU's secretariat) goes from the meeting under "Møder"
 * to "Ret den udsendte dagsorden", chooses a late item by its title, sends the revised agenda with a note, and the
 * portal's meeting page shows version 2 with "Ændringer siden version 1" naming the item; axe-core: 0 serious or
 * critical violations on the revision page.
 */
@GovernanceTest
class RevisedAgendaBrowserTest {

  static final LocalDateTime FFU_MEETING = LocalDateTime.of(2209, 3, 9, 9, 0);
  static final String LATE = "Orientering: Ny vagtlægeordning i Klynge Nord";

  @LocalServerPort int port;
  @Autowired MeetingRun run;
  @Autowired TestMeetings testMeetings;
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
  void theSecretariatAddsALateItemByTitleAndThePortalShowsVersion2WithIt() {
    Clock.set(FFU_MEETING.minusDays(40));
    String meetingId = run.start("ffu", FFU_MEETING);
    String next = testMeetings.create("ffu", FFU_MEETING.plusMonths(1));
    cases.propose("ffu", meetingId, "Godkendelse: Budget 2210", null);
    cases.propose("ffu", next, LATE, null);
    run.toMeeting(meetingId);

    try (Browser karen = Browser.start("http://localhost:" + port)) {
      karen.logIn("tasklist", "karen.lund");
      karen.open("/screens/meetings/" + meetingId);
      karen.click(By.linkText("Ret den udsendte dagsorden"));
      Screen screen = new Screen(karen);
      assertThat(screen.heading()).isEqualTo("Ret den udsendte dagsorden");
      screen.select("Punkt", LATE);
      karen.click(Screen.button("Sæt på dagsordenen"));
      assertThat(karen.visible(By.cssSelector(".done")).getText()).startsWith("Tillægspunktet er sat på som punkt");
      assertThat(karen.visible(By.id("changes")).getText()).contains("Nyt punkt:", LATE);
      screen.type("Hvad er ændret, og hvorfor", "Et orienteringspunkt om vagtlægeordningen er tilføjet.");
      screen.assertAccessible("ret den udsendte dagsorden");
      karen.screenshotFrom("agenda-revision", By.tagName("h1"));
      karen.click(Screen.button("Udsend revideret dagsorden"));
      assertThat(karen.visible(By.cssSelector(".done")).getText())
          .isEqualTo("Den reviderede dagsorden er udsendt til medlemmerne som version 2.");
      assertThat(screen.text()).contains("Version 2, udsendt", "af Karen Lund",
          "Et orienteringspunkt om vagtlægeordningen er tilføjet.");

      karen.open("/moeder/" + meetingId);
      WebElement versions = karen.visible(By.cssSelector("ul.versions"));
      List<String> links = versions.findElements(By.cssSelector(":scope > li > a")).stream().map(WebElement::getText)
          .toList();
      assertThat(links).hasSize(2);
      assertThat(links.get(1)).startsWith("Dagsorden, version 2 (PDF");
      WebElement changes = versions.findElement(By.cssSelector(":scope > li:nth-child(2) .changes"));
      assertThat(changes.findElement(By.tagName("h3")).getText()).startsWith("Ændringer siden version 1");
      assertThat(changes.getText()).contains("Nyt punkt:", LATE);
    }
  }
}
