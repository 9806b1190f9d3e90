package dk.nordjylland.governance.security.enginerest;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.APPROVAL_VERSION;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_ANSWER;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COLLECT_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, finding 2: a completion through Camunda's REST API (as the Tasklist or a script sends it) sets only
 * the fields of the task's form; a task done on a screen (the call for items, ADR 0036) takes nothing there. Each repro of the probe: refused with a Danish 400, nothing saved, the task open.
 * Users: karen.lund (FFU secretariat), jens.bach (PLO chairmanship), tove.brandt (Aalborg).
 */
@GovernanceTest
class FormSubmissionGuardTest {

  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;
  @Autowired TestMeetings testMeetings;
  @Autowired MeetingCycleStarter starter;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  String ffuMeeting;
  String ssuMeeting;

  @BeforeEach
  void startCycles() {
    Clock.set(LocalDateTime.of(2025, 7, 10, 9, 0));
    ffuMeeting = testMeetings.create("ffu", LocalDateTime.of(2025, 8, 22, 12, 0));
    ssuMeeting = testMeetings.create("ssu", LocalDateTime.of(2025, 8, 27, 14, 0));
    starter.start(ffuMeeting);
    starter.start(ssuMeeting);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  Task task(String meetingId, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(meetingId).taskDefinitionKey(key)
        .singleResult();
  }

  Map<String, Object> meetingRow(String meetingId) {
    return jdbc.sql("select * from gov_meeting where id = ?").param(meetingId).query().singleRow();
  }

  String message(ResponseEntity<String> response) {
    return api.json(response).path("message").asText();
  }

  @Test
  void aCallForItemsCompletedWithAnotherForumsMeetingIsRefusedAndTheOtherMeetingIsUntouched() {
    Task collect = task(ffuMeeting, COLLECT_ITEMS);
    Map<String, Object> ssuBefore = meetingRow(ssuMeeting);

    ResponseEntity<String> forged = api.submitForm(collect.getId(), "karen.lund",
        Map.of(CALL_CLOSED.getName(), true, "meetingId", ssuMeeting));

    // The call for items is done on its screen (ADR 0036): the engine's REST API takes nothing for it.
    assertThat(forged.getStatusCode().value()).as(forged.getBody()).isEqualTo(403);
    assertThat(message(forged)).startsWith("Opgaven udføres på sin egen side");
    assertThat(taskService.createTaskQuery().taskId(collect.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(collect.getProcessInstanceId(), "meetingId")).isEqualTo(ffuMeeting);
    assertThat(meetingRow(ssuMeeting)).isEqualTo(ssuBefore);
    assertThat(task(ssuMeeting, COLLECT_ITEMS)).isNotNull();
    assertThat(task(ssuMeeting, SCREEN_ITEMS)).isNull();

    // The screen's own fields still complete it, for the meeting it belongs to.
    new ScreenClient(http, "karen.lund").submitOk("collect-items", collect.getId(),
        Map.of("action", "luk", CALL_CLOSED.getName(), "true", COLLECT_REMARKS.getName(), "Klar", "meetingId",
            ssuMeeting));
    assertThat(runtimeService.getVariable(collect.getProcessInstanceId(), "meetingId")).isEqualTo(ffuMeeting);
    assertThat(task(ffuMeeting, SCREEN_ITEMS)).isNotNull();
    assertThat(task(ssuMeeting, SCREEN_ITEMS)).isNull();
  }

  @Test
  void aForumIdThatWouldWidenTheCandidateGroupsIsRefusedEvenFromAnAdministrator() {
    Task collect = task(ffuMeeting, COLLECT_ITEMS);
    Map<String, Object> widened = Map.of(CALL_CLOSED.getName(), true, "forumId", "ffu-secretariat,ffu");

    ResponseEntity<String> bySecretariat = api.submitForm(collect.getId(), "karen.lund", widened);
    assertThat(bySecretariat.getStatusCode().value()).isEqualTo(403);
    assertThat(message(bySecretariat)).startsWith("Opgaven udføres på sin egen side");

    // An administrator may set process variables, but the candidate group expression takes one known forum only.
    ResponseEntity<String> byAdmin = api.submitForm(collect.getId(), "admin", widened);
    assertThat(byAdmin.getStatusCode().value()).as(byAdmin.getBody()).isEqualTo(400);
    assertThat(message(byAdmin)).isEqualTo("Forummet 'ffu-secretariat,ffu' findes ikke.");

    assertThat(taskService.createTaskQuery().taskId(collect.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(collect.getProcessInstanceId(), "forumId")).isEqualTo("ffu");
    assertThat(task(ffuMeeting, SCREEN_ITEMS)).isNull();
  }

  @Test
  void anObjectVariableOfAnyClassIsRefusedAndTheInstanceStaysReadable() {
    Task collect = task(ffuMeeting, COLLECT_ITEMS);
    Map<String, Object> url = new LinkedHashMap<>();
    url.put("type", "Object");
    url.put("value", "\"http://example.org\"");
    url.put("valueInfo", Map.of("serializationDataFormat", "application/json", "objectTypeName", "java.net.URL"));
    Map<String, Object> body = Map.of("variables", Map.of(CALL_CLOSED.getName(), Map.of("value", true),
        COLLECT_REMARKS.getName(), url));

    ResponseEntity<String> refused = api.post("/engine-rest/task/" + collect.getId() + "/submit-form", "karen.lund",
        body);
    // A screen's task takes nothing through the engine's REST API (403); an administrator's body is type-checked.
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
    ResponseEntity<String> objectByAdmin = api.post("/engine-rest/task/" + collect.getId() + "/submit-form", "admin",
        body);
    assertThat(objectByAdmin.getStatusCode().value()).as(objectByAdmin.getBody()).isEqualTo(400);
    assertThat(message(objectByAdmin)).isEqualTo("Værdien kan ikke gemmes med denne værditype. Brug tekst, tal,"
        + " ja/nej, en dato eller JSON.");
    ResponseEntity<String> modified = api.post("/engine-rest/process-instance/" + collect.getProcessInstanceId()
        + "/variables", "karen.lund", Map.of("modifications", Map.of("meetingLink", url)));
    assertThat(modified.getStatusCode().value()).isEqualTo(403);

    // Java serialization is off for everyone, an administrator included: 400, not the engine's 500.
    Map<String, Object> serialized = new LinkedHashMap<>(url);
    serialized.put("valueInfo", Map.of("serializationDataFormat", "application/x-java-serialized-object",
        "objectTypeName", "java.net.URL"));
    ResponseEntity<String> byAdmin = api.post("/engine-rest/task/" + collect.getId() + "/complete", "admin",
        Map.of("variables", Map.of(CALL_CLOSED.getName(), Map.of("value", true), "x", serialized)));
    assertThat(byAdmin.getStatusCode().value()).isEqualTo(400);
    Map<String, Object> xml = Map.of("type", "Xml", "value", "<a/>");
    assertThat(api.post("/engine-rest/task/" + collect.getId() + "/complete", "admin",
        Map.of("variables", Map.of("x", xml))).getStatusCode().value()).isEqualTo(400);

    assertThat(taskService.createTaskQuery().taskId(collect.getId()).count()).isOne();
    ResponseEntity<String> variables = api.get("/engine-rest/task/" + collect.getId() + "/form-variables",
        "karen.lund");
    assertThat(variables.getStatusCode().value()).as(variables.getBody()).isEqualTo(200);
    assertThat(api.get("/engine-rest/process-instance/" + collect.getProcessInstanceId() + "/variables",
        "karen.lund").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void emptyOrInvalidBodiesAreA400NotA500() {
    String collect = task(ffuMeeting, COLLECT_ITEMS).getId();
    for (String user : List.of("karen.lund", "admin")) {
      for (String body : List.of("", "{", "[1]", "{\"variables\": 7}", "{\"variables\": {\"callClosed\": true}}")) {
        ResponseEntity<String> answer = api.post("/engine-rest/task/" + collect + "/complete", user, body);
        assertThat(answer.getStatusCode().value()).as("%s sends '%s': %s", user, body, answer.getBody())
            .isEqualTo(400);
        assertThat(message(answer)).as(body).matches("(Anmodningen skal|Forespørgslen mangler|Forespørgslens indhold)"
            + " .*").doesNotContain("Exception");
      }
    }
    assertThat(taskService.createTaskQuery().taskId(collect).count()).isOne();
  }

  @Test
  void aProposalNamesTheLoggedInUserAsProposerWhateverTheBodySays() {
    String fields = "\"forumId\":{\"value\":\"ssu\"},\"meetingId\":{\"value\":\"" + ssuMeeting + "\"},"
        + "\"title\":{\"value\":\"Orientering: Status på sundhedsreformen\"}";
    long itemsBefore = jdbc.sql("select count(*) from gov_item").query(Long.class).single();

    ResponseEntity<String> forged = api.post("/engine-rest/process-definition/key/itemProposal/submit-form",
        "henrik.dam", "{\"variables\":{" + fields + ",\"proposedBy\":{\"value\":\"lone.berg\"}}}");
    // ADR 0038: a member proposes on the proposal screen, not through the engine's start.
    assertThat(forged.getStatusCode().value()).as(forged.getBody()).isEqualTo(403);
    assertThat(message(forged)).startsWith("Punktet foreslås på sin egen side");
    assertThat(jdbc.sql("select count(*) from gov_item").query(Long.class).single()).isEqualTo(itemsBefore);

    // An administrator passes the guard; the start code still takes the logged-in user.
    ResponseEntity<String> byAdmin = api.post("/engine-rest/process-definition/key/itemProposal/start", "admin",
        "{\"variables\":{" + fields + ",\"proposedBy\":{\"value\":\"lone.berg\"}}}");
    assertThat(byAdmin.getStatusCode().value()).as(byAdmin.getBody()).isEqualTo(200);
    assertThat(jdbc.sql("select proposed_by from gov_item where meeting_id = ? order by id desc limit 1")
        .param(ssuMeeting).query(String.class).single()).isEqualTo("admin");

    // Other processes are not started from the Tasklist.
    assertThat(api.post("/engine-rest/process-definition/key/meetingCycle/start", "karen.lund",
        "{\"variables\":{}}").getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void theTasklistsSubmissionWorksThroughTheWebAppsApiAndAForgedOneIsRefusedThere() throws Exception {
    String collect = task(ffuMeeting, COLLECT_ITEMS).getId();
    WebAppSession karen = WebAppSession.login(port, "karen.lund");

    HttpResponse<String> forged = karen.engine("POST", "/task/" + collect + "/submit-form",
        "{\"variables\": {\"callClosed\": {\"value\": true}, \"meetingId\": {\"value\": \"" + ssuMeeting + "\"}}}");
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    assertThat(forged.body()).contains("Opgaven udføres på sin egen side");
    HttpResponse<String> bpmnError = karen.engine("POST", "/task/" + collect + "/bpmnError",
        "{\"errorCode\": \"x\"}");
    assertThat(bpmnError.statusCode()).as(bpmnError.body()).isEqualTo(403);

    // A comment and a follow-up date, as the Tasklist sends them (the whole task back, with a new date).
    HttpResponse<String> comment = karen.engine("POST", "/task/" + collect + "/comment/create",
        "{\"message\": \"Indkaldelsen lukkes i dag.\"}");
    assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
    ObjectNode task = (ObjectNode)
        new ObjectMapper().readTree(karen.engine("GET", "/task/" + collect, null).body());
    task.remove("_links");
    task.put("followUp", "2025-08-04T08:00:00.000+0200");
    HttpResponse<String> followUp = karen.engine("PUT", "/task/" + collect, task.toString());
    assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(204);
    assertThat(taskService.getTaskComments(collect)).extracting(c -> c.getUserId()).containsExactly("karen.lund");
    assertThat(taskService.createTaskQuery().taskId(collect).singleResult().getFollowUpDate()).hasDayOfMonth(4);

    HttpResponse<String> claimed = karen.engine("POST", "/task/" + collect + "/claim", "{\"userId\": \"karen.lund\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    // The call for items is completed on its screen (ADR 0036), not through the web apps' API.
    HttpResponse<String> completed = karen.engine("POST", "/task/" + collect + "/submit-form",
        "{\"variables\": {\"callClosed\": {\"value\": true}, \"collectRemarks\": {\"value\": null}}}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(403);
    assertThat(task(ffuMeeting, SCREEN_ITEMS)).isNull();
  }

  @Test
  void aPartyCannotAnswerInAnotherPartysName() {
    PartyApprovals approvals = PartyApprovals.start(api, taskService, jdbc, ffuMeeting);
    Task plo = approvals.task("jens.bach");
    Task aalborg = approvals.task("tove.brandt");
    Object aalborgApproval = runtimeService.getVariable(aalborg.getExecutionId(), "approvalId");
    Object ploApproval = runtimeService.getVariable(plo.getExecutionId(), "approvalId");
    assertThat(aalborgApproval).isNotEqualTo(ploApproval);

    // The id with its type, as the probe sent it (the element variable is a Long): the engine's REST API does not
    // complete the party's task at all (its screen does, ADR 0038).
    ResponseEntity<String> forged = api.post("/engine-rest/task/" + plo.getId() + "/submit-form", "jens.bach",
        Map.of("variables", Map.of(APPROVAL_VERSION.getName(), Map.of("value", 1), PARTY_ANSWER.getName(),
            Map.of("value", "DECLINED"),
            PARTY_REMARKS.getName(), Map.of("value", "Afvist."), "approvalId", Map.of("value", aalborgApproval, "type",
                "Long"))));
    assertThat(forged.getStatusCode().value()).as(forged.getBody()).isEqualTo(403);
    assertThat(message(forged)).contains("Opgaven udføres på sin egen side");
    assertThat(approvals.answer(aalborgApproval)).isNull();
    assertThat(approvals.answer(ploApproval)).isNull();

    // The screen completes the task with its own fields only: an approvalId posted with them changes nothing.
    assertThat(new ScreenClient(http, "jens.bach").submit("agreement-party-approval", plo.getId(),
        Map.of(APPROVAL_VERSION.getName(), 1, PARTY_ANSWER.getName(), "APPROVED", "approvalId",
            aalborgApproval)).getStatusCode().value())
        .isEqualTo(303);
    assertThat(approvals.answer(ploApproval)).isEqualTo("APPROVED");
    assertThat(approvals.answer(aalborgApproval)).isNull();
    assertThat(new ScreenClient(http, "tove.brandt").submit("agreement-party-approval", aalborg.getId(),
        Map.of(APPROVAL_VERSION.getName(), 1, PARTY_ANSWER.getName(),
            "APPROVED")).getStatusCode().value()).isEqualTo(303);
    assertThat(approvals.answer(aalborgApproval)).isEqualTo("APPROVED");
  }

}
