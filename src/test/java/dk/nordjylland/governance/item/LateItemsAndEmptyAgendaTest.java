package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_ITEM_COUNT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.EMPTY_AGENDA_CONFIRMED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
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
 * Issue 14 point 7: the secretariat (and chair) register an item after the deadline, marked late; a proposal without
 * a meeting lands on the forum's next meeting that takes items and says which; an empty agenda is approved only
 * when the chair confirms it. Meetings of its own in 2150, far from the meetings other classes use, and a clock in
 * 2390 for "no meeting": after every other class's meetings (ProposeItemScreenTest has FFU meetings in 2310).
 */
@GovernanceTest
class LateItemsAndEmptyAgendaTest {

  /** Thursday 10 March 2150, 12:00. */
  static final LocalDateTime MEETING = LocalDateTime.of(2150, 3, 10, 12, 0);

  @Autowired ApiClient api;
  @Autowired ProcessEngine engine;
  @Autowired MeetingCycleStarter starter;
  @Autowired TestMeetings testMeetings;
  @Autowired Meetings meetings;
  @Autowired MeetingSchedule schedule;
  @Autowired MeetingTexts texts;
  @Autowired Items items;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate http;
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

  // ------------------------------------------------------------------------------------------------ late items

  @Test
  void theSecretariatRegistersAnItemAfterTheDeadlineMarkedLateAndAMemberIsRefusedAsBefore() throws Exception {
    Clock.set(Clock.of(schedule.itemDeadline(meetingId)).plusMinutes(1));
    Map<String, Object> proposal = Map.of("forumId", "ffu", "meetingId", meetingId,
        "title", "Orientering: Brev fra Sundhedsstyrelsen modtaget pr. mail");

    ResponseEntity<String> byMember = api.post("/api/items", "lone.berg", proposal);
    assertThat(byMember.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(byMember.getBody()).get("detail").asText())
        .startsWith("Punktet kan ikke foreslås: Fristen for punkter til Fælles Forretningsudvalg")
        .endsWith("Foreslå punktet til et senere møde.");

    ResponseEntity<String> bySecretariat = api.post("/api/items", "karen.lund", proposal);
    assertThat(bySecretariat.getStatusCode()).as(bySecretariat.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode details = json.readTree(bySecretariat.getBody());
    long itemId = details.get("item").get("id").asLong();
    assertThat(details.get("item").get("late").asBoolean()).isTrue();
    assertThat(details.get("item").get("meetingId").asText()).isEqualTo(meetingId);
    assertThat(details.get("placement").asText())
        .isEqualTo("Punktet er sat på " + texts.title(meetings.get(meetingId)) + " (efter fristen).");
    assertThat(details.get("history")).extracting(e -> e.get("kind").asText()).contains("REGISTERED_LATE");

    // The chair may too; the pipeline shows which items came late.
    ResponseEntity<String> byChair = api.post("/api/items", "mads.kjaer", Map.of("forumId", "ffu",
        "meetingId", meetingId, "title", "Drøftelse: Henvendelse fra borgerrådgiveren"));
    assertThat(byChair.getStatusCode()).as(byChair.getBody()).isEqualTo(HttpStatus.CREATED);
    long chairs = json.readTree(byChair.getBody()).get("item").get("id").asLong();

    JsonNode pipeline = json.readTree(api.exchange(HttpMethod.GET, "/api/meetings/" + meetingId + "/pipeline",
        "karen.lund", null).getBody());
    Map<Long, Boolean> late = new LinkedHashMap<>();
    pipeline.forEach(i -> late.put(i.get("id").asLong(), i.get("late").asBoolean()));
    assertThat(late).containsEntry(itemId, true).containsEntry(chairs, true);
    assertThat(late.values().stream().filter(l -> l).count()).isEqualTo(2);
  }

  @Test
  void onceTheCallIsClosedEvenTheSecretariatCannotAddALateItem() throws Exception {
    Clock.set(Clock.of(schedule.itemDeadline(meetingId)).plusMinutes(1));
    new ScreenClient(http, "karen.lund").submitOk("collect-items", api.taskId(meetingId, COLLECT_ITEMS, "karen.lund"),
        Map.of("action", "luk", CALL_CLOSED.getName(), "true"));
    assertThat(cycle).isWaitingAt(SCREEN_ITEMS);
    long before = itemCount();

    ResponseEntity<String> response = api.post("/api/items", "karen.lund", Map.of("forumId", "ffu",
        "meetingId", meetingId, "title", "Orientering: For sent"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("detail").asText())
        .startsWith("Punktet kan ikke foreslås: Fristen for punkter til Fælles Forretningsudvalg");
    assertThat(itemCount()).isEqualTo(before);
  }

  // ------------------------------------------------------------------------------------------------ no meeting

  @Test
  void aProposalWithoutAMeetingLandsOnTheNextMeetingThatTakesItemsAndSaysWhich() throws Exception {
    // An earlier FFU meeting whose deadline has passed: still "open" by status, but it takes no more items.
    Clock.set(Clock.of(schedule.itemDeadline(meetingId)).minusDays(1));
    String passed = testMeetings.create("ffu", Clock.of(schedule.itemDeadline(meetingId)).plusDays(2));

    ResponseEntity<String> response = api.post("/api/items", "lone.berg",
        Map.of("forumId", "ffu", "title", "Orientering: Status på Sundhedsjournalen"));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode details = json.readTree(response.getBody());
    assertThat(details.get("item").get("meetingId").asText()).isEqualTo(meetingId).isNotEqualTo(passed);
    assertThat(details.get("item").get("late").asBoolean()).isFalse();
    String title = texts.title(meetings.get(meetingId));
    assertThat(details.get("placement").asText()).isEqualTo("Punktet er sat på " + title + ".");
    assertThat(details.get("history").get(0).get("text").asText())
        .isEqualTo("Sat på næste møde, der tager imod punkter: " + title);
    assertThat(items.pipeline(meetingId)).extracting(Item::id).contains(details.get("item").get("id").asLong());
  }

  @Test
  void aProposalWithoutAMeetingIsRefusedWhenNoMeetingTakesItems() throws Exception {
    Clock.set(LocalDateTime.of(2390, 1, 2, 9, 0));
    long before = itemCount();

    ResponseEntity<String> response = api.post("/api/items", "lone.berg",
        Map.of("forumId", "ffu", "title", "Orientering: Status på Sundhedsjournalen"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("detail").asText()).isEqualTo("Punktet kan ikke foreslås:"
        + " Fælles Forretningsudvalg har intet kommende møde, der tager imod punkter. Kontakt forummets sekretariat,"
        + " eller foreslå punktet, når næste møde er planlagt.");
    assertThat(itemCount()).isEqualTo(before);
  }

  // ------------------------------------------------------------------------------------------------ empty agenda

  @Test
  void anEmptyAgendaIsApprovedOnlyWithTheChairsConfirmation() throws Exception {
    new ScreenClient(http, "karen.lund").submitOk("collect-items", api.taskId(meetingId, COLLECT_ITEMS, "karen.lund"),
        Map.of("action", "luk", CALL_CLOSED.getName(), "true"));
    List<Map<String, Object>> rejectAll = new ArrayList<>();
    for (Item item : items.pipeline(meetingId)) {
      rejectAll.add(Map.of("itemId", item.id(), "decision", "REJECT", "reason", "Intet at behandle denne gang."));
    }
    ResponseEntity<String> screened = api.post("/api/meetings/" + meetingId + "/screening", "karen.lund", rejectAll);
    assertThat(screened.getStatusCode()).as(screened.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(items.agenda(meetingId)).isEmpty();
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);
    String task = api.taskId(meetingId, APPROVE_AGENDA, "mads.kjaer");
    assertThat(engine.getTaskService().getVariableLocal(task, AGENDA_ITEM_COUNT.getName())).isEqualTo(0);

    ScreenClient chair = new ScreenClient(http, "mads.kjaer");
    assertThat(chair.open("approve-agenda", task).getBody()).contains("Ja, udsend en dagsorden uden punkter");
    ResponseEntity<String> unconfirmed = chair.submit("approve-agenda", task, Map.of("decision", "godkend"));
    assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unconfirmed.getBody()).contains("id=\"emptyAgendaConfirmed-fejl\"")
        .contains("Dagsordenen har ingen punkter. Sæt kryds, hvis den skal udsendes alligevel, eller send den tilbage"
            + " til screening.");
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);

    // Through the engine's REST API the screen's checks cannot be skipped: the task is done on its screen only.
    ResponseEntity<String> bypass = api.submitForm(task, "mads.kjaer", Map.of(AGENDA_APPROVED.getName(), true));
    assertThat(bypass.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);

    assertThat(chair.submit("approve-agenda", task, Map.of("decision", "godkend", EMPTY_AGENDA_CONFIRMED.getName(),
        "true"))
        .getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(cycle).hasPassed(APPROVE_AGENDA).isNotWaitingAt(APPROVE_AGENDA);
  }

  @Test
  void anAgendaWithItemsNeedsNoConfirmation() throws Exception {
    new ScreenClient(http, "karen.lund").submitOk("collect-items", api.taskId(meetingId, COLLECT_ITEMS, "karen.lund"),
        Map.of("action", "luk", CALL_CLOSED.getName(), "true"));
    List<Map<String, Object>> acceptAll = new ArrayList<>();
    for (Item item : items.pipeline(meetingId)) {
      acceptAll.add(Map.of("itemId", item.id(), "decision", "ACCEPT"));
    }
    assertThat(api.post("/api/meetings/" + meetingId + "/screening", "karen.lund", acceptAll).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    String task = api.taskId(meetingId, APPROVE_AGENDA, "mads.kjaer");
    assertThat((Integer) engine.getTaskService().getVariableLocal(task, AGENDA_ITEM_COUNT.getName())).isPositive();

    assertThat(new ScreenClient(http, "mads.kjaer").submit("approve-agenda", task, Map.of("decision", "godkend"))
        .getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(cycle).hasPassed(APPROVE_AGENDA);
  }

  long itemCount() {
    return jdbc.sql("select count(*) from gov_item").query(Long.class).single();
  }
}
