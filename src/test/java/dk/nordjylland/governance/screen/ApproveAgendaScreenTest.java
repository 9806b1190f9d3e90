package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.support.ApiClient;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The task screens' frame (ADR 0033) on the chair's agenda approval: the chair sees the agenda he approves and its PDF,
 * a wrong input comes back with a Danish message on the field and nothing done, the engine's REST API cannot skip the
 * screen, a forged post is refused, and only the task's people may do it. Meetings of its own in 2151.
 */
@GovernanceTest
class ApproveAgendaScreenTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2151, 3, 9, 12, 0);

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired Items items;
  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;

  String meetingId;
  ProcessInstance cycle;
  String task;

  @BeforeEach
  void atTheAgendaApproval() {
    init(engine);
    Clock.set(MEETING.minusDays(40));
    meetingId = run.start("ffu", MEETING);
    run.toAgendaApproval(meetingId);
    cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult();
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);
    task = engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(APPROVE_AGENDA).singleResult().getId();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theChairSeesTheAgendaHeApprovesAndItsPdf() {
    ScreenClient chair = new ScreenClient(http, "mads.kjaer");
    ResponseEntity<String> page = chair.open("approve-agenda", task);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<html lang=\"da\"").contains("Godkend dagsorden – FFU 09.03.2151")
        .contains("Logget ind som <strong>Mads Kjær</strong>").contains("Udfør opgaven");
    String standingItem = items.find(items.agenda(meetingId).get(0).itemId()).orElseThrow().title();
    assertThat(standingItem).doesNotContain("&", "<", "\"");
    assertThat(page.getBody()).contains("Punkt 1: " + standingItem);

    // Where the whole meeting stands: screening done, the approval open now, the meeting still to come.
    assertThat(page.getBody()).contains("Mødets forløb og punkter")
        .containsPattern("Screening af punkter</span>:\\s*<strong>udført</strong>")
        .containsPattern("Godkendelse af dagsorden</span>:\\s*<strong>nu</strong>")
        .containsPattern("Mødet: fremmøde og beslutninger</span>:\\s*<strong>kommer</strong>");

    ResponseEntity<String> pdf = chair.get("/screens/approve-agenda/preview.pdf?taskId=" + task);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(pdf.getBody()).startsWith("%PDF");
  }

  @Test
  void aDecisionIsRequiredAndASendBackNeedsARemarkNothingIsDoneMeanwhile() {
    ScreenClient chair = new ScreenClient(http, "mads.kjaer");
    ResponseEntity<String> nothing = chair.submit("approve-agenda", task, Map.of(AGENDA_REMARKS.getName(),
        "Ændr rækkefølgen"));
    assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nothing.getBody()).contains("id=\"decision-fejl\"").contains("Vælg en værdi i &quot;Din beslutning&quot;.")
        .contains("Intet er gemt").contains("Ændr rækkefølgen");
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);

    ResponseEntity<String> noRemark = chair.submit("approve-agenda", task, Map.of("decision", "tilbage"));
    assertThat(noRemark.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noRemark.getBody()).contains("id=\"agendaRemarks-fejl\"")
        .containsPattern("value=\"tilbage\"\\s+checked=\"checked\"");
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);

    ResponseEntity<String> sentBack = chair.submit("approve-agenda", task,
        Map.of("decision", "tilbage", AGENDA_REMARKS.getName(), "Punkt 6 skal før punkt 4. Æøå."));
    assertThat(sentBack.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(sentBack.getHeaders().getLocation().getPath()).isEqualTo("/screens/done");
    assertThat(cycle).isWaitingAt(SCREEN_ITEMS);
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), AGENDA_REMARKS.getName()))
        .isEqualTo("Punkt 6 skal før punkt 4. Æøå.");
  }

  @Test
  void aForgedPostAndTheEngineRestApiCannotDoTheTask() {
    ScreenClient chair = new ScreenClient(http, "mads.kjaer");
    assertThat(chair.submitWithoutToken("approve-agenda", task, Map.of("decision", "godkend")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> engineRest = api.submitForm(task, "mads.kjaer", Map.of(AGENDA_APPROVED.getName(), true));
    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engineRest.getBody()).contains("Opgaven udføres på sin egen side");
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);
  }

  @Test
  void onlyTheTasksPeopleDoItAndBackNeverLeavesTheServer() {
    ResponseEntity<String> member = new ScreenClient(http, "lone.berg").open("approve-agenda", task);
    assertThat(member.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(member.getBody()).contains("Opgaven findes ikke længere").doesNotContain(task);
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);

    ScreenClient chair = new ScreenClient(http, "mads.kjaer");
    ResponseEntity<String> foreign = chair.get("/screens/approve-agenda?taskId=" + task
        + "&callbackUrl=https%3A%2F%2Fevil.example%2Fcamunda%2Fapp%2Ftasklist%2F");
    assertThat(foreign.getBody()).contains("href=\"/camunda/app/tasklist/\"").doesNotContain("evil.example");

    ResponseEntity<String> anonymous = http.exchange(ScreenClient.path("approve-agenda", task), HttpMethod.GET,
        new HttpEntity<>(headersAcceptingHtml()), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody()).contains("Log ind");

    assertThat(chair.submit("approve-agenda", task, Map.of("decision", "godkend")).getStatusCode())
        .isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(cycle).hasPassed(APPROVE_AGENDA);
    ResponseEntity<String> again = chair.open("approve-agenda", task);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(again.getBody()).contains("Opgaven er allerede udført");
  }

  private static HttpHeaders headersAcceptingHtml() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return headers;
  }
}
