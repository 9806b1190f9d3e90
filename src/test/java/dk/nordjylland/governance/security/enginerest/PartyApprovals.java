package dk.nordjylland.governance.security.enginerest;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_CHANGES;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_SUMMARY;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PREPARED_FOR_FFU;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_REFERENCE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.support.ApiClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A collaboration agreement taken to its parties' own approvals (PLO-Nordjylland's chairmanship and Aalborg
 * Kommune), the way AgreementApiTest walks it: draft, hearing, assessment, preparation for FFU.
 */
final class PartyApprovals {

  static final String TASK = "userTask_partyApproval";

  private final ApiClient api;
  private final TaskService taskService;
  private final JdbcClient jdbc;
  private final long agreementId;

  private PartyApprovals(ApiClient api, TaskService taskService, JdbcClient jdbc, long agreementId) {
    this.api = api;
    this.taskService = taskService;
    this.jdbc = jdbc;
    this.agreementId = agreementId;
  }

  static PartyApprovals start(ApiClient api, TaskService taskService, JdbcClient jdbc, String ffuMeetingId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Samarbejdsaftale om forebyggelse af fald");
    body.put("withTermsOfReference", false);
    body.put("ffuMeetingId", ffuMeetingId);
    body.put("partyApprovals", List.of(
        Map.of("group", "plo-chairmanship", "name", "PLO-Nordjyllands formandskab", "workingDays", 15),
        Map.of("group", "municipality-aalborg", "name", "Aalborg Kommune", "workingDays", 15)));
    ResponseEntity<String> started = api.post("/api/agreements", "karen.lund", body);
    assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(201);
    PartyApprovals approvals = new PartyApprovals(api, taskService, jdbc,
        api.json(started).path("agreement").path("id").asLong());
    // The draft is done on its screen (ADR 0041), which the engine REST API cannot complete: through the Java API.
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey("agreement-" + approvals.agreementId)
        .taskDefinitionKey("userTask_draftAgreement").singleResult().getId(),
        Map.of(VERSION_TITLE.getName(), "Udkast", VERSION_REFERENCE.getName(), "DOK-1"));
    JsonNode hearing = api.body(api.get("/api/agreements/" + approvals.agreementId, "karen.lund"))
        .path("hearings").get(0);
    assertThat(api.post("/api/consultations/" + hearing.path("consultationId").asLong() + "/replies", "nanna.kirk",
        Map.of("answer", "Ingen bemærkninger.")).getStatusCode().value()).isEqualTo(201);
    approvals.submit("userTask_assessHearing", "nanna.kirk", Map.of(HEARING_SUMMARY.getName(), "Ingen bemærkninger.",
        HEARING_CHANGES.getName(), false));
    approvals.submit("userTask_prepareAgreement", "peter.krogh", Map.of(PREPARED_FOR_FFU.getName(), true));
    return approvals;
  }

  /** The party approval task the user is a candidate of. */
  Task task(String user) {
    return taskService.createTaskQuery().processInstanceBusinessKey("agreement-" + agreementId)
        .taskDefinitionKey(TASK).taskCandidateUser(user).singleResult();
  }

  String answer(Object approvalId) {
    return jdbc.sql("select answer from gov_agreement_approval where id = ?").param(approvalId)
        .query(String.class).optional().orElse(null);
  }

  private void submit(String key, String user, Map<String, Object> variables) {
    JsonNode tasks = api.body(api.get("/engine-rest/task?processInstanceBusinessKey=agreement-" + agreementId
        + "&taskDefinitionKey=" + key, user));
    assertThat(tasks).as("%s sees %s", user, key).hasSize(1);
    api.submitFormOk(tasks.get(0).path("id").asText(), user, variables);
  }
}
