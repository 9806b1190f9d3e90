package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.HOLD_PRE_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.nordjylland.governance.item.Agenda;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * "Afhold formøde" as a screen (ADR 0036): SSF's municipal pre-meeting secretariat (erik.moerch) sees the agenda and
 * its PDF and notes the conclusions with the confirmation. Meetings of its own in 2164.
 */
@GovernanceTest
class HoldPreMeetingScreenTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2164, 3, 11, 9, 0);

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired Agenda agenda;
  @Autowired TestRestTemplate http;

  ProcessInstance cycle;
  String task;

  @BeforeEach
  void atThePreMeeting() {
    init(engine);
    Clock.set(MEETING.minusDays(40));
    String meetingId = run.start("ssf", MEETING);
    cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult();
    agenda.propose(new ItemProposal("ssf", meetingId, "Drøftelse: Fælles akutplan", null, "Resumé af akutplanen.",
        null, null, null, null, List.of("Drøfter planen"), List.of()), "karen.lund");
    complete(task(COLLECT_ITEMS, cycle), withVariables("callClosed", true));
    complete(task(SCREEN_ITEMS, cycle));
    assertThat(cycle).isWaitingAt(HOLD_PRE_MEETING);
    task = task(HOLD_PRE_MEETING, cycle).getId();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void thePreMeetingSeesTheAgendaAndItsPdf() {
    ScreenClient erik = new ScreenClient(http, "erik.moerch");
    ResponseEntity<String> page = erik.open("hold-pre-meeting", task);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Afhold formøde").contains("Strategisk Sundhedsforum")
        .contains("Drøftelse: Fælles akutplan").contains("Formødets konklusioner").contains("Formødet er afholdt");
    ResponseEntity<String> pdf = erik.get("/screens/hold-pre-meeting/preview.pdf?taskId=" + task);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getBody()).startsWith("%PDF");
  }

  @Test
  void conclusionsAndTheConfirmationAreRequiredThenTheAgendaGoesToTheChair() {
    ScreenClient erik = new ScreenClient(http, "erik.moerch");
    ResponseEntity<String> nothing = erik.submit("hold-pre-meeting", task, Map.of("preMeetingConclusions", " "));
    assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nothing.getBody()).contains("id=\"preMeetingConclusions-fejl\"")
        .contains("Udfyld feltet &quot;Formødets konklusioner&quot;.").contains("id=\"preMeetingHeld-fejl\"");
    ResponseEntity<String> noTick = erik.submit("hold-pre-meeting", task,
        Map.of("preMeetingConclusions", "Kommunerne bakker op om akutplanen."));
    assertThat(noTick.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noTick.getBody()).contains("Kommunerne bakker op om akutplanen.")
        .contains("Sæt kryds for at bekræfte, at formødet er afholdt.");
    assertThat(cycle).isWaitingAt(HOLD_PRE_MEETING);

    ResponseEntity<String> done = erik.submit("hold-pre-meeting", task,
        Map.of("preMeetingConclusions", "Kommunerne bakker op om akutplanen.", "preMeetingHeld", "true"));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(cycle).hasPassed(HOLD_PRE_MEETING).isWaitingAt(APPROVE_AGENDA);
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "preMeetingConclusions"))
        .isEqualTo("Kommunerne bakker op om akutplanen.");
  }
}
