package dk.nordjylland.governance.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17 point 8 (ADR 0057): in FFU's page-per-item minutes a standing item without text of its own ("Godkendelse af
 * dagsorden" with only its "Taget til efterretning", "Eventuelt") is a short block, not a page: before, every standing
 * item with an outcome started a page of its own. Meetings of their own in 2198.
 */
@GovernanceTest
class StandingItemsLayoutTest {

  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired Items items;
  @Autowired Documents documents;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void ffusMinutesGiveAPageToItemsWithTextOnlyNotToStandingItemsWithJustTheirOutcome() throws IOException {
    LocalDateTime at = LocalDateTime.of(2198, 5, 12, 9, 0);
    Clock.set(at.minusDays(40));
    String meetingId = run.start("ffu", at);
    cases.propose("ffu", meetingId, "Godkendelse: Budget 2199", null);
    cases.propose("ffu", meetingId, "Drøftelse: Handleplan for demens", null);
    run.hold(meetingId);
    List<String> standing = items.agenda(meetingId).stream()
        .filter(e -> items.find(e.itemId()).orElseThrow().standing())
        .map(e -> "Punkt " + e.position() + ": " + items.find(e.itemId()).orElseThrow().title()).toList();
    assertThat(standing).hasSizeGreaterThanOrEqualTo(3);

    byte[] minutes = documents.latest(meetingId, DocumentKind.MINUTES).orElseThrow().content();
    DocumentLayoutTest.keep(minutes, "ffu-minutes-standing-items");
    List<String> pages = DocumentLayoutTest.pages(minutes);
    String text = String.join("\n", pages);
    assertThat(text).contains("Taget til efterretning");
    // The meeting's facts with the first standing items, then one page for each of the two items with text.
    assertThat(pages).hasSize(3);
    for (String page : pages.subList(1, pages.size())) {
      List<String> headings = DocumentLayoutTest.headings(page);
      assertThat(headings.get(0)).as(page).matches("Punkt \\d+: (Godkendelse: Budget 2199|Drøftelse: Handleplan.*)");
    }
    // Every standing item is there, on the first page or after an item with text (long titles wrap in the PDF).
    String oneLine = text.replace("\n", " ");
    assertThat(standing).allMatch(title -> oneLine.contains(title.substring(0, Math.min(title.length(), 30))));
  }
}
