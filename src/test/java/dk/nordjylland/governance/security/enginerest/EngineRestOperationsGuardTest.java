package dk.nordjylland.governance.security.enginerest;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13, findings 3 and 9: the engine REST operations around a task that bypassed our rules. Users:
 * karen.lund and julie.sand (FFU secretariat), lone.berg (FFU member), henrik.dam (SSU member), ida.winther
 * (process owner, reads Cockpit).
 */
@GovernanceTest
class EngineRestOperationsGuardTest {

  @Autowired ApiClient api;
  @Autowired TestMeetings testMeetings;
  @Autowired MeetingCycleStarter starter;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  String ffuMeeting;
  Task collect;

  @BeforeEach
  void startCycle() {
    Clock.set(LocalDateTime.of(2025, 7, 10, 9, 0));
    ffuMeeting = testMeetings.create("ffu", LocalDateTime.of(2025, 8, 22, 12, 0));
    starter.start(ffuMeeting);
    collect = taskService.createTaskQuery().processInstanceBusinessKey(ffuMeeting)
        .taskDefinitionKey(COLLECT_ITEMS).singleResult();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  int status(HttpMethod method, String path, String user, Object body) {
    return api.exchange(method, path, user, body).getStatusCode().value();
  }

  String taskPath(String operation) {
    return "/engine-rest/task/" + collect.getId() + operation;
  }

  @Test
  void aCandidateClaimsForHerselfButNotForAnOutsider() {
    ResponseEntity<String> outsider = api.post(taskPath("/claim"), "karen.lund", Map.of("userId", "henrik.dam"));
    assertThat(outsider.getStatusCode().value()).isEqualTo(403);
    assertThat(api.json(outsider).path("message").asText()).startsWith("Du kan kun tage opgaven selv.");
    assertThat(status(HttpMethod.POST, taskPath("/assignee"), "karen.lund", Map.of("userId", "henrik.dam")))
        .isEqualTo(403);
    assertThat(status(HttpMethod.POST, taskPath("/delegate"), "karen.lund", Map.of("userId", "henrik.dam")))
        .isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(collect.getId()).singleResult().getAssignee()).isNull();

    // The forum's secretariat hands the task to a fellow candidate; a member who is no candidate cannot.
    assertThat(status(HttpMethod.POST, taskPath("/assignee"), "lone.berg", Map.of("userId", "julie.sand")))
        .isEqualTo(403);
    assertThat(status(HttpMethod.POST, taskPath("/assignee"), "karen.lund", Map.of("userId", "julie.sand")))
        .isEqualTo(204);
    assertThat(status(HttpMethod.POST, taskPath("/unclaim"), "julie.sand", null)).isEqualTo(204);
    assertThat(status(HttpMethod.POST, taskPath("/claim"), "karen.lund", Map.of("userId", "karen.lund")))
        .isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(collect.getId()).singleResult().getAssignee())
        .isEqualTo("karen.lund");
  }

  @Test
  void aCandidateCannotEndTheProcessOrWriteVariablesMessagesOrSignals() {
    String instance = collect.getProcessInstanceId();
    ResponseEntity<String> bpmnError = api.post(taskPath("/bpmnError"), "karen.lund",
        Map.of("errorCode", "cancelled", "errorMessage", "Aflyst"));
    assertThat(bpmnError.getStatusCode().value()).isEqualTo(403);
    assertThat(api.json(bpmnError).path("message").asText())
        .isEqualTo("Du har ikke adgang til denne handling. Den er forbeholdt administratorer.");
    assertThat(status(HttpMethod.POST, taskPath("/bpmnEscalation"), "karen.lund", Map.of("escalationCode", "x")))
        .isEqualTo(403);
    Map<String, Object> forumId = Map.of("value", "ssu");
    assertThat(status(HttpMethod.PUT, taskPath("/variables/forumId"), "karen.lund", forumId)).isEqualTo(403);
    assertThat(status(HttpMethod.PUT, taskPath("/localVariables/forumId"), "karen.lund", forumId)).isEqualTo(403);
    assertThat(status(HttpMethod.POST, taskPath("/variables"), "karen.lund",
        Map.of("modifications", Map.of("forumId", forumId)))).isEqualTo(403);
    assertThat(status(HttpMethod.DELETE, taskPath("/variables/forumId"), "karen.lund", null)).isEqualTo(403);
    assertThat(status(HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/forumId",
        "karen.lund", forumId)).isEqualTo(403);
    assertThat(status(HttpMethod.PUT, "/engine-rest/execution/" + instance + "/localVariables/forumId",
        "karen.lund", forumId)).isEqualTo(403);
    assertThat(status(HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/modification", "karen.lund",
        Map.of("instructions", List.of()))).isEqualTo(403);
    assertThat(status(HttpMethod.POST, "/engine-rest/message", "karen.lund", Map.of("messageName", "x")))
        .isEqualTo(403);
    assertThat(status(HttpMethod.POST, "/engine-rest/signal", "karen.lund", Map.of("name", "x"))).isEqualTo(403);
    assertThat(status(HttpMethod.POST, taskPath("/identity-links"), "karen.lund",
        Map.of("groupId", "ssu-members", "type", "candidate"))).isEqualTo(403);
    assertThat(status(HttpMethod.DELETE, taskPath(""), "karen.lund", null)).isEqualTo(403);
    assertThat(status(HttpMethod.POST, "/engine-rest/task/create", "karen.lund", Map.of("name", "x")))
        .isEqualTo(403);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count()).isOne();
    assertThat(runtimeService.getVariable(instance, "forumId")).isEqualTo("ffu");
    assertThat(taskService.getIdentityLinksForTask(collect.getId())).extracting(l -> l.getGroupId())
        .doesNotContain("ssu-members");
  }

  @Test
  void theSecretariatSetsAFollowUpDateButChangesNothingElseOfTheTask() {
    JsonNode task = api.body(api.get(taskPath(""), "karen.lund"));
    ((ObjectNode) task).remove("_links");
    ((ObjectNode) task).put("followUp", "2025-08-01T09:00:00.000+0200");
    ResponseEntity<String> followUp = api.exchange(HttpMethod.PUT, taskPath(""), "karen.lund", task.toString());
    assertThat(followUp.getStatusCode().value()).as(followUp.getBody()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(collect.getId()).singleResult().getFollowUpDate())
        .hasYear(2025).hasMonth(8).hasDayOfMonth(1);

    ((ObjectNode) task).put("name", "Noget andet");
    ResponseEntity<String> renamed = api.exchange(HttpMethod.PUT, taskPath(""), "karen.lund", task.toString());
    assertThat(renamed.getStatusCode().value()).isEqualTo(403);
    assertThat(api.json(renamed).path("message").asText()).isEqualTo("Du kan kun ændre opfølgningsdatoen for opgaven.");
    assertThat(taskService.createTaskQuery().taskId(collect.getId()).singleResult().getName())
        .isEqualTo("Indsaml dagsordenspunkter – FFU 22.08.2025");

    // An administrator changes what he likes, through the Tasklist's body with its form reference too.
    assertThat(task.has("camundaFormRef")).isTrue();
    ResponseEntity<String> byAdmin = api.exchange(HttpMethod.PUT, taskPath(""), "admin", task.toString());
    assertThat(byAdmin.getStatusCode().value()).as(byAdmin.getBody()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(collect.getId()).singleResult().getName())
        .isEqualTo("Noget andet");
  }

  @Test
  void aTasksCandidatesWriteAndReadItsCommentsAndTheProcessOwnerOnlyReads() {
    ResponseEntity<String> written = api.post(taskPath("/comment/create"), "karen.lund",
        Map.of("message", "Punktet om sundhedsreformen kommer senere."));
    assertThat(written.getStatusCode().value()).as(written.getBody()).isEqualTo(200);

    ResponseEntity<String> read = api.get(taskPath("/comment"), "julie.sand");
    assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(200);
    assertThat(api.json(read)).extracting(c -> c.path("message").asText())
        .containsExactly("Punktet om sundhedsreformen kommer senere.");
    assertThat(api.json(read).get(0).path("userId").asText()).isEqualTo("karen.lund");

    ResponseEntity<String> byOwner = api.post(taskPath("/comment/create"), "ida.winther", Map.of("message", "Hej"));
    assertThat(byOwner.getStatusCode().value()).isEqualTo(403);
    assertThat(api.json(byOwner).path("message").asText())
        .isEqualTo("Kun opgavens kandidater og den, der har opgaven, kan skrive kommentarer til den.");
    assertThat(status(HttpMethod.POST, taskPath("/comment/create"), "henrik.dam", Map.of("message", "Hej")))
        .isEqualTo(403);
    assertThat(taskService.getTaskComments(collect.getId())).hasSize(1);
    assertThat(status(HttpMethod.GET, taskPath("/comment"), "henrik.dam", null)).isIn(403, 404);
  }

  @Test
  void aProcessOwnerStillReadsCockpitsDataButChangesNothing() {
    String instance = collect.getProcessInstanceId();
    Map<String, Object> byInstance = Map.of("processInstanceId", instance);
    for (String path : List.of("/engine-rest/process-instance", "/engine-rest/process-instance/count",
        "/engine-rest/history/activity-instance", "/engine-rest/history/process-instance",
        "/engine-rest/history/variable-instance", "/engine-rest/history/task", "/engine-rest/variable-instance",
        "/engine-rest/execution", "/engine-rest/task", "/engine-rest/task/count", "/engine-rest/job")) {
      ResponseEntity<String> answer = api.post(path, "ida.winther", byInstance);
      assertThat(answer.getStatusCode().value()).as("%s: %s", path, answer.getBody()).isEqualTo(200);
    }
    for (String path : List.of("/engine-rest/process-instance/" + instance + "/activity-instances",
        "/engine-rest/process-instance/" + instance + "/variables", "/engine-rest/process-definition/statistics",
        "/engine-rest/incident?processInstanceId=" + instance, "/engine-rest/history/user-operation")) {
      assertThat(status(HttpMethod.GET, path, "ida.winther", null)).as(path).isEqualTo(200);
    }
    assertThat(api.body(api.post("/engine-rest/history/activity-instance", "ida.winther", byInstance)))
        .extracting(a -> a.path("activityId").asText()).contains(COLLECT_ITEMS);

    assertThat(status(HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/suspended", "ida.winther",
        Map.of("suspended", true))).isEqualTo(403);
    assertThat(status(HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, "ida.winther", null))
        .isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count()).isOne();
  }

  @Test
  void aUserSeesTheirOwnGroupsMembersButNotEveryUserWithTheirEmailAddresses() {
    JsonNode users = api.body(api.get("/engine-rest/user?maxResults=200", "lone.berg"));
    assertThat(users).extracting(u -> u.path("id").asText()).contains("lone.berg", "mads.kjaer", "tove.brandt")
        .doesNotContain("henrik.dam", "ida.winther");
    assertThat(users.size()).isLessThan(49);
    assertThat(api.get("/engine-rest/user/henrik.dam/profile", "lone.berg").getStatusCode().value()).isIn(403, 404);
    assertThat(api.body(api.get("/engine-rest/user/mads.kjaer/profile", "lone.berg")).path("lastName").asText())
        .isEqualTo("Kjær");

    assertThat(status(HttpMethod.GET, "/engine-rest/group?member=henrik.dam", "lone.berg", null)).isEqualTo(403);
    assertThat(status(HttpMethod.GET, "/engine-rest/identity/groups?userId=henrik.dam", "lone.berg", null))
        .isEqualTo(403);
    assertThat(api.body(api.get("/engine-rest/group?member=lone.berg", "lone.berg")))
        .extracting(g -> g.path("id").asText()).contains("ffu-members");
    assertThat(api.body(api.get("/engine-rest/user?maxResults=200", "admin")).size()).isGreaterThanOrEqualTo(49);
  }
}
