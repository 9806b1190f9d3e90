package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 14: the meeting form's due dates are typed dd-mm-åååå. 08-01-2027 is 8 January 2027 (the US date field
 * stored 1 August); an impossible date is refused in Danish naming the action, the task stays open, nothing saved.
 */
@GovernanceTest
class MeetingFormDatesTest {

  static final String SECRETARIAT = "karen.lund";

  @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;
  @Autowired ApiClient api;
  @Autowired MeetingCycleStarter starter;
  @Autowired TestMeetings testMeetings;
  @Autowired Agenda agenda;
  @Autowired Items items;
  @Autowired Meetings meetings;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  final ObjectMapper json = new ObjectMapper();

  String meetingId;
  long itemId;
  String recordTask;

  /** An FFU meeting on Thursday 10 December 2026, recorded the same afternoon. */
  @BeforeEach
  void aMeetingToRecord() {
    Clock.set(LocalDateTime.of(2026, 10, 20, 9, 0));
    meetingId = testMeetings.create("ffu", LocalDateTime.of(2026, 12, 10, 13, 0));
    starter.start(meetingId);
    itemId = agenda.propose(new ItemProposal("ffu", meetingId, "Orientering: Status på Sundhedsjournalen", null,
        "Resumé.", null, null, null, null, List.of("Tager orienteringen til efterretning."), List.of()), "lone.berg");
    api.submitFormOk(api.taskId(meetingId, COLLECT_ITEMS, SECRETARIAT), SECRETARIAT, Map.of("callClosed", true));
    api.submitFormOk(api.taskId(meetingId, SCREEN_ITEMS, SECRETARIAT), SECRETARIAT, Map.of());
    assertThat(new dk.nordjylland.governance.support.ScreenClient(http, "mads.kjaer").submit("approve-agenda",
        api.taskId(meetingId, APPROVE_AGENDA, "mads.kjaer"), Map.of("decision", "godkend")).getStatusCode().value()).isEqualTo(303);
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult().getId();
    for (int round = 0; round < 2; round++) { // publication, then the meeting's start
      managementService.createJobQuery().processInstanceId(instance).timers().list()
          .forEach(job -> managementService.executeJob(job.getId()));
    }
    Clock.set(LocalDateTime.of(2026, 12, 10, 16, 0));
    recordTask = api.taskId(meetingId, RECORD_MEETING, SECRETARIAT);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aDueDateTypedDayFirstIsStoredAsThatDay() {
    api.submitFormOk(recordTask, SECRETARIAT, form("08-01-2027"));

    assertThat(items.decidedActions(meetingId)).singleElement()
        .satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 1, 8)));
    assertThat(api.taskId(meetingId, DRAFT_MINUTES, SECRETARIAT)).isNotBlank();
  }

  @Test
  void anImpossibleDueDateIsRefusedInDanishAndNothingIsSaved() throws Exception {
    ResponseEntity<String> refused = api.submitForm(recordTask, SECRETARIAT, form("31-02-2027"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .isEqualTo("Mødet kan ikke registreres: Frist for handling 1: 31-02-2027 er ikke en gyldig dato (dd-mm-åååå).");
    assertThat(taskService.createTaskQuery().taskId(recordTask).count()).isEqualTo(1);
    assertThat(items.decidedActions(meetingId)).isEmpty();
    assertThat(items.agenda(meetingId)).allSatisfy(e -> assertThat(e.outcome()).isNull());
    assertThat(meetings.get(meetingId).status()).isNotEqualTo(MeetingStatus.HELD);
  }

  @Test
  void aUsStyleDateIsRefusedRatherThanReadAsAnotherDay() throws Exception {
    ResponseEntity<String> refused = api.submitForm(recordTask, SECRETARIAT, form("01/08/2027"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .contains("Frist for handling 1: 01/08/2027 er ikke en gyldig dato (dd-mm-åååå).");
    assertThat(items.decidedActions(meetingId)).isEmpty();
  }

  /** The form as the Tasklist submits it: every item taken to notice, one action on the proposed item. */
  Map<String, Object> form(String dueDate) {
    Map<String, Object> form = new HashMap<>();
    int itemCount = ((Number) taskService.getVariableLocal(recordTask, "itemCount")).intValue();
    for (int i = 1; i <= itemCount; i++) {
      form.put("item" + i + "Outcome", "TAKEN_TO_NOTICE");
    }
    form.put("action1Item", String.valueOf(positionOf(itemId)));
    form.put("action1Description", "Sekretariatet sender status til klyngerne.");
    form.put("action1Owner", "ffu-secretariat");
    form.put("action1DueDate", dueDate);
    return form;
  }

  int positionOf(long item) {
    return items.agenda(meetingId).stream().filter(e -> e.itemId() == item).findFirst().orElseThrow().position();
  }
}
