package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.attendance.Attendances;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.MeetingDocuments;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The record-meeting screen posts outcomes as they happen (ADR 0044) in the same list our API takes: an item discussed
 * and sent on, a part postponed, sub-topics with their own outcomes (more rows without JavaScript), and "Ingen
 * beslutning" for the Eventuelt only, refused on the field elsewhere. An FFU meeting of its own on 10 September 2037.
 */
@GovernanceTest
class RecordMeetingOutcomesScreenTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2037, 9, 10, 13, 0);
  static final String SCREEN = "record-meeting";

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired TestMeetings testMeetings;
  @Autowired ItemProposals itemProposals;
  @Autowired Items items;
  @Autowired Attendances attendances;
  @Autowired MeetingDocuments documents;
  @Autowired TestRestTemplate http;

  String meetingId;
  String task;
  ScreenClient secretary;
  int discussed;
  int approved;
  int eventuelt;

  @BeforeEach
  void aMeetingWaitingForItsRecord() {
    Clock.set(MEETING.minusDays(40));
    meetingId = run.start("ffu", MEETING);
    testMeetings.create("ssf", MEETING.plusDays(20));
    itemProposals.proposeForProcess(proposal("Drøftelse: Sundhedsreformens midler"), "system");
    itemProposals.proposeForProcess(proposal("Godkendelse: Kommissorium for netværksgruppen"), "system");
    run.toMeeting(meetingId);
    Clock.set(MEETING.plusHours(3));
    task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(RECORD_MEETING).singleResult().getId();
    discussed = position("Drøftelse: Sundhedsreformens midler");
    approved = position("Godkendelse: Kommissorium for netværksgruppen");
    eventuelt = position("Eventuelt");
    secretary = new ScreenClient(http, "karen.lund");
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theScreenRecordsAnItemSentOnAPostponedPartSubTopicsAndAnEventueltWithoutDecision() {
    ResponseEntity<String> page = secretary.open(SCREEN, task);
    assertThat(page.getBody()).contains(">Ingen beslutning</option>", "Udskudt del af punktet",
        "Underpunkter til punkt " + discussed, "name=\"p" + discussed + "-s2-title\"",
        "<label for=\"p" + discussed + "-s1-outcome\">Udfald</label>")
        .doesNotContain("name=\"p" + discussed + "-s3-title\"");

    Map<String, Object> form = allTakenToNotice();
    String d = "p" + discussed;
    form.put(d + "-outcome", "DISCUSSED");
    form.put(d + "-decisionText", "FFU drøftede midlerne.");
    form.put(d + "-targetForum", "ssf");
    form.put(d + "-subTopics", "2");
    form.put(d + "-s1-title", "Fordeling i klyngerne");
    form.put(d + "-s1-outcome", "APPROVED");
    // Row 2 left empty; row 2's number is not a gap in the minutes.
    form.put("p" + approved + "-outcome", "APPROVED");
    form.put("p" + approved + "-postponedPart", "Budgettet for 2038 udskydes.");
    form.put("p" + eventuelt + "-outcome", "NO_DECISION");
    form.put("p" + eventuelt + "-decisionText", "Ingen punkter under eventuelt.");

    ResponseEntity<String> done = secretary.submit(SCREEN, task, form);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(DRAFT_MINUTES).count()).isEqualTo(1);

    assertThat(entry(discussed).targetForumId()).isEqualTo("ssf");
    assertThat(entry(discussed).outcome()).isEqualTo(Outcome.DISCUSSED);
    assertThat(entry(approved).postponedPart()).isEqualTo("Budgettet for 2038 udskydes.");
    assertThat(entry(eventuelt).outcome()).isEqualTo(Outcome.NO_DECISION);
    assertThat(items.subTopics(meetingId, entry(discussed).itemId())).singleElement().satisfies(s -> {
      assertThat(s.title()).isEqualTo("Fordeling i klyngerne");
      assertThat(s.outcome()).isEqualTo(Outcome.APPROVED);
      assertThat(s.letter()).isEqualTo("a");
    });
    assertThat(documents.html(meetingId, DocumentKind.MINUTES))
        .contains("Sendt videre til Strategisk Sundhedsforum – møde 30.09.2037")
        .contains(discussed + ".a Fordeling i klyngerne")
        .contains("Budgettet for 2038 udskydes.");
  }

  @Test
  void noDecisionOutsideTheEventueltAndASubTopicWithoutOutcomeAreRefusedOnTheirFieldsNothingSaved() {
    Map<String, Object> form = allTakenToNotice();
    String d = "p" + discussed;
    form.put("p" + approved + "-outcome", "NO_DECISION");
    form.put(d + "-s1-title", "Fordeling i klyngerne");

    ResponseEntity<String> refused = secretary.submit(SCREEN, task, form);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"" + d + "-s1-outcome-fejl\"")
        .contains("Vælg en værdi i &quot;Udfald for underpunkt " + discussed + ".a&quot;.")
        .containsPattern("name=\"" + d + "-s1-title\"[^>]*value=\"Fordeling i klyngerne\"")
        // The section with an error shows open.
        .containsPattern("<details class=\"subtopics\" open=\"open\">\\s*<summary>Underpunkter til punkt " + discussed);

    form.put(d + "-s1-outcome", "APPROVED");
    ResponseEntity<String> noDecision = secretary.submit(SCREEN, task, form);
    assertThat(noDecision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noDecision.getBody()).contains("id=\"p" + approved + "-fejl\"")
        .contains("Punkt " + approved + ": punktet skal have et udfald. &quot;Ingen beslutning&quot; kan kun vælges"
            + " for punkter som Eventuelt.");
    assertThat(items.agenda(meetingId)).allMatch(e -> e.outcome() == null);
    assertThat(items.subTopics(meetingId, entry(discussed).itemId())).isEmpty();
  }

  @Test
  void moreSubTopicRowsComeWithoutJavaScriptKeepingWhatWasTyped() {
    Map<String, Object> form = allTakenToNotice();
    String d = "p" + discussed;
    form.put(d + "-subTopics", "2");
    form.put(d + "-s2-title", "Tidsplan");
    form.put("moreSubTopics", d);

    ResponseEntity<String> more = secretary.submit(SCREEN, task, form);
    assertThat(more.getBody()).contains("name=\"" + d + "-s4-title\"").doesNotContain("name=\"" + d + "-s5-title\"")
        .containsPattern("name=\"" + d + "-s2-title\"[^>]*value=\"Tidsplan\"")
        .doesNotContain("name=\"p" + approved + "-s3-title\"");
    assertThat(items.agenda(meetingId)).allMatch(e -> e.outcome() == null);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private ItemProposal proposal(String title) {
    return new ItemProposal("ffu", meetingId, title, null, "Resumé.", null, null, null, null, List.of(), List.of());
  }

  private Map<String, Object> allTakenToNotice() {
    Map<String, Object> form = new LinkedHashMap<>();
    for (AgendaEntry e : items.agenda(meetingId)) {
      form.put("p" + e.position() + "-outcome", Outcome.TAKEN_TO_NOTICE.name());
    }
    // The attendance as the browser sends it: every member of the meeting's date present (ADR 0043).
    attendances.membersOn(meetingId).forEach(m -> form.put("attendance-" + m.personId(), "PRESENT"));
    form.put("actionRows", "3");
    return form;
  }

  private int position(String title) {
    return items.agenda(meetingId).stream()
        .filter(e -> items.find(e.itemId()).orElseThrow().title().equals(title)).findFirst().orElseThrow().position();
  }

  private AgendaEntry entry(int position) {
    return items.agenda(meetingId).stream().filter(e -> e.position() == position).findFirst().orElseThrow();
  }

}
