package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ABSENTEES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AGENDA_PUBLICATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.MEETING_START;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input to the agenda API and its tasks: each answered with a clear Danish message, and nothing lost or
 * half-saved (rows of every agenda table counted before and after). Meetings of its own (support.TestMeetings),
 * in 2033, far from the calendar meetings other classes use.
 */
@GovernanceTest
class AgendaBadInputTest {

  /** Thursday 10 March 2033, 12:00. */
  static final LocalDateTime MEETING = LocalDateTime.of(2033, 3, 10, 12, 0);
  static final List<String> TABLES = List.of("gov_item", "gov_item_event", "gov_item_recommendation",
      "gov_item_attachment", "gov_agenda_entry", "gov_decided_action", "gov_meeting_absence", "gov_action",
      "gov_notification");

  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired MeetingCycleStarter starter;
  @Autowired TestMeetings testMeetings;
  @Autowired Meetings meetings;
  @Autowired MeetingSchedule schedule;
  @Autowired Items items;
  @Autowired FollowUps followUps;
  @Autowired JdbcClient jdbc;
  final ObjectMapper json = new ObjectMapper();

  String meetingId;
  ProcessInstance cycle;

  @BeforeEach
  void setUp() {
    init(engine);
    Clock.set(MEETING.minusDays(40));
    meetingId = testMeetings.create("ffu", MEETING);
    assertThat(starter.start(meetingId)).contains(meetingId);
    cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  // ------------------------------------------------------------------------------------------------ proposing

  @Test
  void aProposalWithoutTitleOrForumIsRefusedInDanishAndNothingIsSaved() throws Exception {
    Map<String, Long> before = counts();
    List<Item> pipeline = items.pipeline(meetingId);

    ResponseEntity<String> empty = post("/api/items", "lone.berg", Map.of("title", " ", "summary", "Noget."));
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = json.readTree(empty.getBody());
    assertThat(problem.get("detail").asText()).isEqualTo("Punktet kan ikke foreslås: Vælg det forum, punktet skal"
        + " behandles i. Punktet skal have en titel.");
    assertThat(problem.get("problems")).extracting(JsonNode::asText)
        .containsExactly("Vælg det forum, punktet skal behandles i.", "Punktet skal have en titel.");

    ResponseEntity<String> noTitle = post("/api/items", "lone.berg", Map.of("forumId", "ffu", "meetingId", meetingId,
        "recommendations", List.of("Tager orienteringen til efterretning."),
        "attachments", List.of(Map.of("title", "Notat", "toFollow", false))));
    assertThat(noTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(noTitle.getBody()).get("detail").asText())
        .isEqualTo("Punktet kan ikke foreslås: Punktet skal have en titel.");

    assertThat(counts()).isEqualTo(before);
    assertThat(items.pipeline(meetingId)).isEqualTo(pipeline);
  }

  @Test
  void aProposalToAnUnknownForumIsRefusedInDanish() throws Exception {
    Map<String, Long> before = counts();
    ResponseEntity<String> response = post("/api/items", "lone.berg",
        Map.of("forumId", "xyz", "title", "Orientering: Nyt fra netværksgruppen"));
    assertThat(response.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND);
    assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("Forummet 'xyz' findes ikke.");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aProposalToAMeetingOfAnotherForumIsRefused() throws Exception {
    Map<String, Long> before = counts();
    // FFU's secretariat may propose to SSU (governance.proposals.ssu), but not onto an FFU meeting.
    ResponseEntity<String> response = post("/api/items", "karen.lund",
        Map.of("forumId", "ssu", "meetingId", meetingId, "title", "Orientering: Nyt fra netværksgruppen"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("detail").asText())
        .contains("Mødet '" + meetingId + "' er ikke et møde i SSU.");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void anItemProposedAfterTheDeadlineIsRefusedAndOneBeforeItIsTaken() throws Exception {
    LocalDateTime deadline = Clock.of(schedule.itemDeadline(meetingId));
    Map<String, Object> proposal = Map.of("forumId", "ffu", "meetingId", meetingId,
        "title", "Godkendelse: Revideret samarbejdsaftale om demensudredning", "caseNumber", "1-01-72-1044-24");

    Clock.set(deadline.plusMinutes(1));
    Map<String, Long> before = counts();
    ResponseEntity<String> late = post("/api/items", "lone.berg", proposal);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(late.getBody()).get("detail").asText())
        .startsWith("Punktet kan ikke foreslås: Fristen for punkter til Fælles Forretningsudvalg, torsdag den 10. marts"
            + " 2033 kl. 12.00 var ")
        .endsWith("Foreslå punktet til et senere møde.");
    assertThat(counts()).isEqualTo(before);

    Clock.set(deadline.minusMinutes(1));
    assertThat(post("/api/items", "lone.berg", proposal).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aMalformedBodyIsA400AndNothingIsSaved() throws Exception {
    Map<String, Long> before = counts();
    ResponseEntity<String> response = post("/api/items", "lone.berg",
        "{\"forumId\": \"ffu\", \"title\": \"Orientering: Noget\", ");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("status").asInt()).isEqualTo(400);
    assertThat(json.readTree(response.getBody()).get("detail").asText())
        .isEqualTo("Forespørgslens indhold kunne ikke læses. Send gyldig JSON i det beskrevne format.");
    ResponseEntity<String> wrongType = post("/api/items", "lone.berg",
        "{\"forumId\": \"ffu\", \"title\": \"Orientering: Noget\", \"recommendations\": {\"a\": 1}}");
    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(counts()).isEqualTo(before);
  }

  // ------------------------------------------------------------------------------------------------ screening

  @Test
  void aScreeningThatLeavesOutAPipelineItemIsRefusedAndTheAgendaIsUnchanged() throws Exception {
    long proposed = propose("Orientering: Status på Sundhedsjournalen");
    closeCall();
    List<Map<String, Object>> rows = acceptAll();
    Map<String, Object> left = rows.stream().filter(r -> r.get("itemId").equals(proposed)).findFirst().orElseThrow();
    rows.remove(left);
    Map<String, Long> before = counts();
    ResponseEntity<String> response = post("/api/meetings/" + meetingId + "/screening", "karen.lund", rows);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("detail").asText()).isEqualTo("Screeningen kan ikke gemmes:"
        + " Punktet 'Orientering: Status på Sundhedsjournalen' mangler en beslutning.");
    assertThat(counts()).isEqualTo(before);
    assertThat(items.agenda(meetingId)).isEmpty();
    assertThat(items.pipeline(meetingId)).extracting(Item::id).contains(proposed).hasSize(rows.size() + 1);
    assertThat(cycle).isWaitingAt(SCREEN_ITEMS);
  }

  @Test
  void aScreeningWithoutADecisionForAnItemIsRefused() throws Exception {
    propose("Orientering: Status på Sundhedsjournalen");
    closeCall();
    List<Map<String, Object>> rows = acceptAll();
    rows.get(0).remove("decision");
    Map<String, Long> before = counts();
    ResponseEntity<String> response = post("/api/meetings/" + meetingId + "/screening", "mads.kjaer", rows);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("Vælg en beslutning for '");
    assertThat(counts()).isEqualTo(before);
    assertThat(items.agenda(meetingId)).isEmpty();
    assertThat(cycle).isWaitingAt(SCREEN_ITEMS);
  }

  @Test
  void aMemberWhoIsNeitherChairNorSecretariatCannotScreen() throws Exception {
    propose("Orientering: Status på Sundhedsjournalen");
    closeCall();
    List<Map<String, Object>> rows = acceptAll();
    Map<String, Long> before = counts();
    ResponseEntity<String> response = post("/api/meetings/" + meetingId + "/screening", "lone.berg", rows);
    assertThat(response.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.CONFLICT);
    assertThat(json.readTree(response.getBody()).get("detail").asText())
        .isEqualTo("Mødet '" + meetingId + "' venter ikke på screening, eller du har ikke adgang til opgaven.");
    assertThat(counts()).isEqualTo(before);
    assertThat(items.agenda(meetingId)).isEmpty();
    assertThat(cycle).isWaitingAt(SCREEN_ITEMS);
  }

  // ------------------------------------------------------------------------------------------------ twice

  @Test
  void aTaskCompletedTwiceIsRefusedTheSecondTimeAndNothingChanges() throws Exception {
    String collect = taskId(COLLECT_ITEMS, "karen.lund");
    ScreenClient karen = new ScreenClient(http, "karen.lund");
    Map<String, String> close = Map.of("action", "luk", CALL_CLOSED.getName(), "true");
    // The same page open twice (a second tab, or the back button): the second post comes after the task is done.
    var stalePage = karen.opened("collect-items", collect, close);
    karen.submitOk("collect-items", collect, close);
    Map<String, Long> before = counts();
    ResponseEntity<String> stale = stalePage.get();
    // The Danish "gone" page, not the engine's 500 "Cannot find task".
    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(stale.getBody()).contains("Opgaven findes ikke længere");
    // Through the engine's REST API: 404 with a Danish message (rest.GovernanceJerseyConfig).
    ResponseEntity<String> engineRest = submitForm(collect, "karen.lund", Map.of(CALL_CLOSED.getName(), true));
    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(engineRest.getBody()).get("message").asText())
        .isEqualTo("Opgaven findes ikke længere. Den er måske allerede fuldført af en anden.");
    assertThat(counts()).isEqualTo(before);
    assertThat(cycle).isWaitingAt(SCREEN_ITEMS);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).count()).isEqualTo(1);

    // The same through our API: the screening posted twice.
    List<Map<String, Object>> rows = acceptAll();
    assertThat(post("/api/meetings/" + meetingId + "/screening", "mads.kjaer", rows).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    List<AgendaEntry> agenda = items.agenda(meetingId);
    Map<String, Long> screened = counts();
    ResponseEntity<String> twice = post("/api/meetings/" + meetingId + "/screening", "mads.kjaer", rows);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(twice.getBody()).get("detail").asText())
        .isEqualTo("Mødet '" + meetingId + "' venter ikke på screening, eller du har ikke adgang til opgaven.");
    assertThat(counts()).isEqualTo(screened);
    assertThat(items.agenda(meetingId)).isEqualTo(agenda);
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);
  }

  // ------------------------------------------------------------------------------------------------ the meeting

  @Test
  void aDecisionForAnItemThatIsNotOnTheAgendaIsRefusedAndNothingOfTheRecordIsSaved() throws Exception {
    propose("Orientering: Status på Sundhedsjournalen");
    toRecordMeeting();
    long notOnAgenda = 987_654_321_987L;
    List<Map<String, Object>> decisions = takenToNotice();
    decisions.add(decision(notOnAgenda, "APPROVED", "Godkendt."));
    Map<String, Object> record = record(List.of("lone.berg"), decisions,
        List.of(action(items.agenda(meetingId).get(0).itemId(), "Sekretariatet følger op.", "karen.lund",
            MEETING.toLocalDate().plusDays(7).toString())));

    Map<String, Long> before = counts();
    ResponseEntity<String> response = post("/api/meetings/" + meetingId + "/decisions", "karen.lund", record);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("detail").asText())
        .contains("Mødet kan ikke registreres: ", "Punkt " + notOnAgenda + " er ikke på dagsordenen for mødet.");
    assertThat(counts()).isEqualTo(before);
    assertThat(cycle).isWaitingAt(RECORD_MEETING);
    assertThat(items.agenda(meetingId)).isNotEmpty().allSatisfy(e -> {
      assertThat(e.outcome()).isNull();
      assertThat(e.decidedAt()).isNull();
    });
    assertThat(items.absences(meetingId)).isEmpty();
    assertThat(items.decidedActions(meetingId)).isEmpty();
    assertThat(meetings.get(meetingId).status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), ABSENTEES.getName())).isNull();
  }

  @Test
  void aNotApprovedItemSentBackToAMeetingThatDoesNotExistIsRefusedAtRecording() throws Exception {
    long item = propose("Godkendelse: Revideret samarbejdsaftale om osteoporose");
    toRecordMeeting();
    List<Map<String, Object>> decisions = takenToNotice();
    Map<String, Object> notApproved = decisions.stream().filter(d -> d.get("itemId").equals(item)).findFirst()
        .orElseThrow();
    notApproved.put("outcome", "NOT_APPROVED");
    notApproved.put("decisionText", "Godkendes ikke; tilbage til arbejdsgruppen.");
    notApproved.put("targetMeetingId", "ffu-findes-ikke");

    Map<String, Long> before = counts();
    ResponseEntity<String> response = post("/api/meetings/" + meetingId + "/decisions", "karen.lund",
        record(List.of(), decisions, List.of()));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("mødet 'ffu-findes-ikke' findes ikke");
    assertThat(counts()).isEqualTo(before);
    assertThat(cycle).isWaitingAt(RECORD_MEETING);
  }

  @Test
  void aForwardedItemAimedAtAMeetingOfAnotherForumIsRefusedAtRecording() throws Exception {
    long item = propose("Orientering: Kommunikationsplan for Sundhedsjournalen");
    String otherFfuMeeting = testMeetings.create("ffu", MEETING.plusDays(30));
    toRecordMeeting();
    List<Map<String, Object>> decisions = takenToNotice();
    Map<String, Object> forwarded = decisions.stream().filter(d -> d.get("itemId").equals(item)).findFirst()
        .orElseThrow();
    forwarded.put("outcome", "FORWARDED");
    forwarded.put("targetForumId", "ssf");
    forwarded.put("targetMeetingId", otherFfuMeeting);

    Map<String, Long> before = counts();
    ResponseEntity<String> response = post("/api/meetings/" + meetingId + "/decisions", "karen.lund",
        record(List.of(), decisions, List.of()));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("detail").asText()).contains(otherFfuMeeting);
    forwarded.put("targetMeetingId", "ssf-findes-ikke");
    ResponseEntity<String> unknown = post("/api/meetings/" + meetingId + "/decisions", "karen.lund",
        record(List.of(), decisions, List.of()));
    assertThat(unknown.getStatusCode()).as(unknown.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unknown.getBody()).get("detail").asText()).contains("'ssf-findes-ikke' findes ikke");
    assertThat(counts()).isEqualTo(before);
    assertThat(cycle).isWaitingAt(RECORD_MEETING);
  }

  @Test
  void anActionDueBeforeTheMinutesAreApprovedDoesNotBlockTheFollowUp() throws Exception {
    long item = propose("Orientering: Status på Sundhedsjournalen");
    toRecordMeeting();
    // Due the day after the meeting ("hurtigst muligt"): valid when recorded ...
    LocalDate due = MEETING.toLocalDate().plusDays(1);
    ResponseEntity<String> recorded = post("/api/meetings/" + meetingId + "/decisions", "karen.lund",
        record(List.of(), takenToNotice(), List.of(action(item, "Sekretariatet udsender notatet.", "ffu-secretariat",
            due.toString()))));
    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
    complete(task(DRAFT_MINUTES, cycle), withVariables(COMMENT_ROUND.getName(), false));

    // ... and past when the chair approves the minutes a week later: the meeting must still complete.
    LocalDateTime approval = MEETING.plusDays(6);
    Clock.set(approval);
    ResponseEntity<String> approved = new ScreenClient(http, "mads.kjaer")
        .submit("approve-minutes", taskId(APPROVE_MINUTES, "mads.kjaer"), Map.of("decision", "godkend"));
    assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(cycle).isEnded();
    assertThat(meetings.get(meetingId).status()).isEqualTo(MeetingStatus.COMPLETED);
    List<Action> actions = followUps.ofMeeting(meetingId);
    assertThat(actions).hasSize(1);
    assertThat(actions.get(0).dueDate()).isEqualTo(approval.toLocalDate());
    assertThat(actions.get(0).processInstanceId()).isNotNull();
  }

  /** Issue 15 point 8: Grundlovsdag is one of the product's own closed days (governance.calendar.extra-closed-days). */
  @Test
  void anActionDueOnGrundlovsdagIsRefusedNamingTheDayAndNothingIsSaved() throws Exception {
    long item = propose("Orientering: Status på Sundhedsjournalen");
    toRecordMeeting();
    Map<String, Long> before = counts();
    ResponseEntity<String> response = post("/api/meetings/" + meetingId + "/decisions", "karen.lund",
        record(List.of(), takenToNotice(), List.of(action(item, "Sekretariatet udsender notatet.", "ffu-secretariat",
            "05-06-2034"))));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("Mødet kan ikke registreres: ",
        "fristen mandag den 5. juni 2034 er grundlovsdag og ikke en arbejdsdag.");
    assertThat(counts()).isEqualTo(before);
    assertThat(items.decidedActions(meetingId)).isEmpty();
    assertThat(cycle).isWaitingAt(RECORD_MEETING);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  long propose(String title) throws Exception {
    ResponseEntity<String> created = post("/api/items", "lone.berg",
        Map.of("forumId", "ffu", "meetingId", meetingId, "title", title));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(created.getBody()).get("item").get("id").asLong();
  }

  void closeCall() {
    complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
  }

  /** Through the engine (no user): call closed, everything accepted, agenda approved and out, meeting begun. */
  void toRecordMeeting() {
    closeCall();
    complete(task(SCREEN_ITEMS, cycle));
    complete(task(APPROVE_AGENDA, cycle), withVariables(AGENDA_APPROVED.getName(), true));
    execute(job(AGENDA_PUBLICATION, cycle));
    execute(job(MEETING_START, cycle));
    assertThat(cycle).isWaitingAt(RECORD_MEETING);
    Clock.set(MEETING.plusHours(3));
  }

  List<Map<String, Object>> acceptAll() {
    List<Map<String, Object>> rows = new ArrayList<>();
    int position = 1;
    for (Item item : items.pipeline(meetingId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("itemId", item.id());
      row.put("decision", "ACCEPT");
      row.put("position", position++);
      rows.add(row);
    }
    return rows;
  }

  List<Map<String, Object>> takenToNotice() {
    List<Map<String, Object>> decisions = new ArrayList<>();
    for (AgendaEntry e : items.agenda(meetingId)) {
      decisions.add(decision(e.itemId(), "TAKEN_TO_NOTICE", null));
    }
    return decisions;
  }

  static Map<String, Object> decision(long itemId, String outcome, String text) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("itemId", itemId);
    d.put("outcome", outcome);
    d.put("decisionText", text);
    return d;
  }

  static Map<String, Object> action(long itemId, String description, String owner, String dueDate) {
    return Map.of("itemId", itemId, "description", description, "owner", owner, "dueDate", dueDate);
  }

  static Map<String, Object> record(List<String> absentees, List<Map<String, Object>> decisions,
      List<Map<String, Object>> actions) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("absentees", absentees);
    record.put("decisions", decisions);
    record.put("actions", actions);
    return record;
  }

  Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  String taskId(String taskKey, String user) throws Exception {
    ResponseEntity<String> response = exchange(HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey="
        + meetingId + "&taskDefinitionKey=" + taskKey, user, null);
    JsonNode tasks = json.readTree(response.getBody());
    assertThat(tasks).as("%s sees the task %s", user, taskKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  ResponseEntity<String> submitForm(String taskId, String user, Map<String, Object> variables) {
    return api.submitForm(taskId, user, variables);
  }

  ResponseEntity<String> post(String path, String user, Object body) {
    return api.post(path, user, body);
  }

  ResponseEntity<String> exchange(HttpMethod method, String path, String user, Object body) {
    return api.exchange(method, path, user, body);
  }
}
