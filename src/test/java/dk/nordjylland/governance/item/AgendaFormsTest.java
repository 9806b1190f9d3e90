package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.attendance.Attendances;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The screening and meeting forms as the Tasklist submits them (Camunda's submit-form with one
 * variable per field): numbered slots per agenda item, actions naming the item by its number.
 */
@GovernanceTest
class AgendaFormsTest {

  @Autowired TestRestTemplate http;
  @Autowired ApiClient api;
  @Autowired MeetingCycleStarter starter;
  @Autowired Attendances attendances;
  @Autowired TestMeetings testMeetings;
  @Autowired ItemProposals itemProposals;
  @Autowired Items items;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theSlotsOfTheScreeningAndMeetingFormsDecideTheAgendaAndItsDecisions() {
    Clock.set(LocalDateTime.of(2036, 1, 5, 9, 0));
    String meetingId = testMeetings.create("koordineringsgruppen", LocalDateTime.of(2036, 2, 26, 10, 0));
    starter.start(meetingId);
    long kept = itemProposals.propose(proposal(meetingId, "Godkendelse: Tværsektoriel drejebog for udbud"), "peter.krogh");
    long rejected = itemProposals.propose(proposal(meetingId, "Orientering: Et punkt, der hører til et andet sted"),
        "peter.krogh");
    String secretariat = "nanna.kirk";
    ScreenClient screens =
        new ScreenClient(http, secretariat);
    screens.submitOk("collect-items", api.taskId(meetingId, COLLECT_ITEMS, secretariat),
        Map.of("action", "luk", CALL_CLOSED.getName(), "true"));

    // The screening screen shows one row per pipeline item, all "optag" in pipeline order (ADR 0036).
    String screening = api.taskId(meetingId, SCREEN_ITEMS, secretariat);
    String page = screens.open("screen-items", screening).getBody();
    assertThat(page).contains("Punkt 1: Godkendelse: Tværsektoriel drejebog for udbud")
        .contains("Punkt 2: Orientering: Et punkt, der hører til et andet sted").doesNotContain("Punkt 3: ");
    // A rejection without a reason is refused in Danish; nothing is applied.
    Map<String, Object> screen = new HashMap<>(Map.of("decision-" + kept, "ACCEPT", "position-" + kept, "1",
        "decision-" + rejected, "REJECT"));
    assertThat(screens.submit("screen-items", screening, screen).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(items.find(rejected).orElseThrow().status()).isEqualTo(ItemStatus.PROPOSED);
    screen.put("reason-" + rejected, "Hører under Psykiatripartnerskabet.");
    screens.submitOk("screen-items", screening, screen);
    assertThat(items.agenda(meetingId)).extracting(AgendaEntry::itemId).containsExactly(kept);
    assertThat(items.find(rejected).orElseThrow().status()).isEqualTo(ItemStatus.REJECTED);

    String chair = "bo.hedegaard";
    assertThat(new ScreenClient(http, chair).submit("approve-agenda",
        api.taskId(meetingId, APPROVE_AGENDA, chair), Map.of("decision", "godkend")).getStatusCode().value())
        .isEqualTo(303);
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult().getId();
    managementService.createJobQuery().processInstanceId(instance).timers().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    managementService.createJobQuery().processInstanceId(instance).timers().list()
        .forEach(job -> managementService.executeJob(job.getId()));

    // The meeting is recorded on its screen (ADR 0037): attendance by name, a decision per item, actions.
    String record = api.taskId(meetingId, RECORD_MEETING, secretariat);
    ScreenClient recorder =
        new ScreenClient(http, secretariat);
    assertThat(recorder.open("record-meeting", record).getBody())
        .contains("Punkt 1: Godkendelse: Tværsektoriel drejebog for udbud");
    Map<String, Object> form = new HashMap<>();
    // Attendance by name (ADR 0043): every member of the meeting's date present but Peter Krogh.
    attendances.membersOn(meetingId).forEach(m -> form.put("attendance-" + m.personId(), "PRESENT"));
    form.put("attendance-peter.krogh", "ABSENT");
    form.put("p1-outcome", "APPROVED_WITH_REMARKS");
    form.put("p1-decisionText", "Godkendt med bemærkning om, at de kommunale udbudsfunktioner inddrages.");
    form.put("actionRows", "3");
    form.put("a1-item", String.valueOf(kept));
    form.put("a1-description", "Sekretariatet sender drejebogen til de kommunale udbudsfunktioner.");
    form.put("a1-owner", "koordineringsgruppen-secretariat");
    form.put("a1-dueDate", "14-03-2036"); // as typed on the screen: dd-mm-åååå
    assertThat(recorder.submit("record-meeting", record, form).getStatusCode().value()).isEqualTo(303);

    AgendaEntry decided = items.agenda(meetingId).get(0);
    assertThat(decided.outcome()).isEqualTo(Outcome.APPROVED_WITH_REMARKS);
    assertThat(decided.decisionText()).startsWith("Godkendt med bemærkning");
    assertThat(items.absences(meetingId)).containsExactly("peter.krogh");
    assertThat(items.decidedActions(meetingId)).singleElement().satisfies(a -> {
      assertThat(a.itemId()).isEqualTo(kept);
      assertThat(a.owner()).isEqualTo("koordineringsgruppen-secretariat");
      assertThat(a.dueDate()).isEqualTo(LocalDate.of(2036, 3, 14));
    });
    // The process keeps ids: none of the form's slots stay as process variables.
    assertThat(runtimeService.getVariables(instance).keySet()).noneMatch(k -> k.startsWith("item") || k.startsWith("action"));
    assertThat(api.taskId(meetingId, DRAFT_MINUTES, secretariat)).isNotBlank();
  }

  static ItemProposal proposal(String meetingId, String title) {
    return new ItemProposal("koordineringsgruppen", meetingId, title, null, "Resumé.", null, null, null, null,
        List.of("Godkender."), List.of());
  }
}
