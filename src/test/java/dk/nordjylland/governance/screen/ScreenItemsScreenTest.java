package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemEvent;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.ItemStatus;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.ProblemSubjects;
import dk.nordjylland.governance.item.Screening;
import dk.nordjylland.governance.item.ScreeningDecision;
import dk.nordjylland.governance.item.ScreeningInput;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Screen og prioritér punkter" as a screen (ADR 0036): one row per pipeline item, as many as there are, with the
 * item's content, the late mark and the proposer by name; later meetings chosen by date and forums by name; the
 * decisions applied as the API's screening list; bad input refused on the row's field with nothing saved.
 * Meetings of its own in 2163.
 */
@GovernanceTest
class ScreenItemsScreenTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2163, 3, 8, 12, 0);

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired TestMeetings testMeetings;
  @Autowired ItemProposals itemProposals;
  @Autowired Screening itemScreening;
  @Autowired Items items;
  @Autowired MeetingSchedule schedule;
  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;

  String meetingId;
  String laterMeeting;
  String ssfMeeting;
  ProcessInstance cycle;
  long full;
  long late;
  long plain;

  @BeforeEach
  void atTheScreening() {
    init(engine);
    Clock.set(MEETING.minusDays(40));
    meetingId = run.start("ffu", MEETING);
    laterMeeting = testMeetings.create("ffu", LocalDateTime.of(2163, 4, 12, 12, 0));
    ssfMeeting = testMeetings.create("ssf", LocalDateTime.of(2163, 4, 20, 9, 0));
    cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult();
    full = itemProposals.propose(new ItemProposal("ffu", meetingId, "Beslutning: Fælles udskrivningsforløb", "1-01-72-9-63",
        "Resumé om udskrivning & <opfølgning>.", null, null, null, "Region Nordjylland",
        List.of("Godkender forløbsbeskrivelsen", "Beder arbejdsgruppen følge op"),
        List.of(new ItemProposal.AttachmentProposal("Forløbsbeskrivelse", false),
            new ItemProposal.AttachmentProposal("Økonomibilag", true))),
        new ItemProposal.Announced(null, "Anne Holm, Region Nordjylland", false), "lone.berg");
    plain = itemProposals.propose(new ItemProposal("ffu", meetingId, "Orientering: Nyt fra KKR", null, null, null, null,
        null, null, List.of(), List.of()), "lone.berg");
    Clock.set(Clock.of(schedule.itemDeadline(meetingId)).plusHours(1));
    late = itemProposals.propose(new ItemProposal("ffu", meetingId, "Drøftelse: Brev modtaget pr. mail", null, null, null,
        null, null, null, List.of(), List.of()), "karen.lund");
    complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
    assertThat(cycle).isWaitingAt(SCREEN_ITEMS);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  String screening() {
    return task(SCREEN_ITEMS, cycle).getId();
  }

  /** The screen's preset for every row: accepted in today's order. */
  Map<String, Object> acceptAll() {
    Map<String, Object> fields = new HashMap<>();
    List<Item> rows = itemScreening.screenable(meetingId);
    for (int i = 0; i < rows.size(); i++) {
      fields.put("decision-" + rows.get(i).id(), "ACCEPT");
      fields.put("position-" + rows.get(i).id(), String.valueOf(i + 1));
    }
    return fields;
  }

  @Test
  void eachRowShowsTheItemsContentLateMarkAndProposerAndTheChoicesByName() {
    ScreenClient chair = new ScreenClient(http, "mads.kjaer");
    ResponseEntity<String> page = chair.open("screen-items", screening());

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    int number = itemScreening.screenable(meetingId).stream().map(Item::id).toList().indexOf(full) + 1;
    assertThat(page.getBody()).contains("Screen og prioritér punkter – FFU 08.03.2163")
        .contains("Punkt " + number + ": Beslutning: Fælles udskrivningsforløb")
        .contains("Resumé om udskrivning &amp; &lt;opfølgning&gt;.")
        .contains("<li>Godkender forløbsbeskrivelsen</li>").contains("<li>Beder arbejdsgruppen følge op</li>")
        .contains("<dd class=\"text\">Resumé om udskrivning &amp; &lt;opfølgning&gt;.</dd>")
        .contains("Bilag 1: Forløbsbeskrivelse").contains("Bilag 2: Økonomibilag").contains("(eftersendes)")
        .contains("1-01-72-9-63").contains("<dt>Gæster</dt><dd>Anne Holm, Region Nordjylland</dd>")
        .contains("Lone Berg for Region Nordjylland").contains("<dd>Karen Lund</dd>")
        .contains("– indkommet efter fristen").contains("(heraf 1 indkommet efter fristen)")
        .contains(">FFU 12. april 2163</option>").contains(">Strategisk Sundhedsforum (SSF)</option>")
        .doesNotContain(">Fælles Forretningsudvalg (FFU)</option>")
        .doesNotContain("lone.berg").doesNotContain(">" + laterMeeting);
    // Preset: every row accepted, numbered in today's order.
    assertThat(page.getBody()).containsPattern(Pattern.quote("name=\"decision-" + full + "\" value=\"ACCEPT\"")
        + "\\s+checked=\"checked\"");
    assertThat(page.getBody()).containsPattern(Pattern.quote("name=\"position-" + full + "\"") + "\\s+"
        + Pattern.quote("value=\"" + number + "\""));

    ResponseEntity<String> pdf = chair.get("/screens/screen-items/preview.pdf?taskId=" + screening());
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getBody()).startsWith("%PDF");
  }

  @Test
  void theDecisionsAreAppliedAsTheApisScreeningList() {
    Map<String, Object> fields = acceptAll();
    fields.replaceAll((name, value) -> name.startsWith("position-") ? String.valueOf(Integer.parseInt((String) value) + 1)
        : value);
    fields.put("position-" + plain, "1");
    fields.put("position-" + full, "");
    fields.put("decision-" + late, "DEFER");
    fields.put("deferTo-" + late, laterMeeting);
    fields.put("reason-" + late, "Mangler bilag.");
    ResponseEntity<String> done = new ScreenClient(http, "karen.lund").submit("screen-items", screening(), fields);

    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(cycle).hasPassed(SCREEN_ITEMS);
    List<AgendaEntry> agendaNow = items.agenda(meetingId);
    assertThat(agendaNow.get(0).itemId()).isEqualTo(plain);
    assertThat(agendaNow.get(agendaNow.size() - 1).itemId()).as("no position: last").isEqualTo(full);
    assertThat(agendaNow).extracting(AgendaEntry::itemId).doesNotContain(late);
    Item deferred = items.find(late).orElseThrow();
    assertThat(deferred.meetingId()).isEqualTo(laterMeeting);
    assertThat(deferred.status()).isEqualTo(ItemStatus.PROPOSED);
    assertThat(items.history(late)).extracting(ItemEvent::text).contains("Mangler bilag.");
    assertThat(items.history(late)).extracting(ItemEvent::actor).contains("karen.lund");
  }

  @Test
  void aForwardAndARejectionGoWhereTheySay() {
    Map<String, Object> fields = acceptAll();
    fields.put("decision-" + full, "FORWARD");
    fields.put("targetForum-" + full, "ssf");
    fields.put("decision-" + plain, "REJECT");
    fields.put("reason-" + plain, "Hører under KKR.");
    assertThat(new ScreenClient(http, "mads.kjaer").submit("screen-items", screening(), fields).getStatusCode())
        .isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(items.find(full).orElseThrow().forumId()).isEqualTo("ssf");
    assertThat(items.find(plain).orElseThrow().status()).isEqualTo(ItemStatus.REJECTED);
    assertThat(items.history(plain)).extracting(ItemEvent::text).contains("Hører under KKR.");
  }

  @Test
  void badInputIsRefusedOnTheRowsFieldWithWhatWasTypedAndNothingIsSaved() {
    Map<String, Object> fields = acceptAll();
    fields.put("decision-" + late, "DEFER");
    fields.put("reason-" + late, "Udskydes, men hvortil?");
    fields.put("position-" + plain, "tre");
    fields.put("decision-" + full, "REJECT");
    ResponseEntity<String> refused = new ScreenClient(http, "karen.lund").submit("screen-items", screening(), fields);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody())
        .contains("id=\"deferTo-" + late + "-fejl\"").contains(": vælg det møde, punktet udskydes til.")
        .contains("id=\"position-" + plain + "-fejl\"").contains("rækkefølge: skriv et helt tal fra 1, fx 3 (nu &quot;tre&quot;).")
        .contains("id=\"reason-" + full + "-fejl\"").contains(": skriv en begrundelse for at afvise punktet.")
        .contains("Udskydes, men hvortil?").contains("value=\"tre\"").contains("Intet er gemt");
    assertNothingSaved();

    // A meeting of another forum, posted by hand, is not among the choices.
    Map<String, Object> forged = acceptAll();
    forged.put("decision-" + late, "DEFER");
    forged.put("deferTo-" + late, ssfMeeting);
    forged.put("decision-" + plain, "FORWARD");
    forged.put("targetForum-" + plain, "ffu");
    ResponseEntity<String> byHand = new ScreenClient(http, "karen.lund").submit("screen-items", screening(), forged);
    assertThat(byHand.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(byHand.getBody()).contains("id=\"deferTo-" + late + "-fejl\"")
        .contains("id=\"targetForum-" + plain + "-fejl\"").contains("vælg en af de viste muligheder");
    assertNothingSaved();

    // A row without a decision.
    Map<String, Object> missing = acceptAll();
    missing.remove("decision-" + full);
    ResponseEntity<String> none = new ScreenClient(http, "karen.lund").submit("screen-items", screening(), missing);
    assertThat(none.getBody()).contains("id=\"decision-" + full + "-fejl\"");
    assertNothingSaved();
  }

  void assertNothingSaved() {
    assertThat(cycle).isWaitingAt(SCREEN_ITEMS);
    assertThat(items.agenda(meetingId)).isEmpty();
    assertThat(items.find(late).orElseThrow().meetingId()).isEqualTo(meetingId);
    assertThat(items.find(full).orElseThrow().status()).isEqualTo(ItemStatus.PROPOSED);
  }

  @Test
  void theDomainsProblemsNameTheItemTheyConcernSoTheScreenShowsThemAtItsRow() {
    UserInputException refused = catchThrowableOfType(UserInputException.class, () -> itemScreening.applyScreening(meetingId,
        List.of(new ScreeningInput(late, ScreeningDecision.DEFER, null, null, null, null),
            new ScreeningInput(full, ScreeningDecision.ACCEPT, 1, null, null, null)), "karen.lund"));
    assertThat(refused.problems()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(refused.problems().get(0)).contains("vælg det møde, punktet udskydes til");
    assertThat(refused.subject(0)).isEqualTo(ProblemSubjects.subject(late));
    int missingPlain = refused.problems().indexOf("Punktet 'Orientering: Nyt fra KKR' mangler en beslutning.");
    assertThat(refused.subject(missingPlain)).isEqualTo(ProblemSubjects.subject(plain));
    assertNothingSaved();
  }

  @Test
  void thirtyFiveItemsAreThirtyFiveRowsAndAllReachTheAgenda() {
    // Items in the pipeline as the call left them (the call is closed now, so straight into the table).
    for (int i = 1; i <= 32; i++) {
      jdbc.sql("insert into gov_item (title, kind, proposed_by, forum_id, meeting_id, status, created_at)"
              + " values (?, 'INFORMATION', 'lone.berg', 'ffu', ?, 'PROPOSED', ?)")
          .params("Orientering: Sag nummer " + i, meetingId, MEETING.minusDays(30)).update();
    }
    int rows = itemScreening.screenable(meetingId).size();
    assertThat(rows).isGreaterThanOrEqualTo(35);

    ScreenClient karen = new ScreenClient(http, "karen.lund");
    String page = karen.open("screen-items", screening()).getBody();
    assertThat(page).contains("Punkt " + rows + ": ").contains("Orientering: Sag nummer 32")
        .doesNotContain("Punkt " + (rows + 1) + ": ");
    assertThat(Pattern.compile("<section class=\"item\"").matcher(page).results().count()).isEqualTo(rows);

    assertThat(karen.submit("screen-items", screening(), acceptAll()).getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(items.agenda(meetingId)).hasSize(rows);
  }
}
