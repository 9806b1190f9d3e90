package dk.nordjylland.governance.security;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COLLECT_REMARKS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * Authentication on every endpoint, and each user seeing and working only on the tasks and
 * process instances of their own forums. Users from the master data (test password "test"):
 * karen.lund (FFU secretariat), lone.berg (FFU member), henrik.dam (SSU member),
 * ida.winther (process owner).
 */
@GovernanceTest
class SecurityTest {

  @Autowired TestRestTemplate http;
  @Autowired MeetingCycleStarter starter;
  @Autowired TestMeetings testMeetings;
  @Autowired TaskService taskService;
  final ObjectMapper json = new ObjectMapper();

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

  ResponseEntity<String> get(String path, String user) {
    return exchange(HttpMethod.GET, path, user, null);
  }

  ResponseEntity<String> exchange(HttpMethod method, String path, String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, user.equals("admin") ? "test-admin" : "test");
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode().is2xxSuccessful()).as("%s: %s", response.getStatusCode(), response.getBody())
        .isTrue();
    return json.readTree(response.getBody());
  }

  JsonNode error(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  Task collectTask(String meetingId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(meetingId).singleResult();
  }

  @Test
  void everyEndpointRequiresAuthentication() {
    for (String path : new String[] {"/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/user",
        "/engine-rest/deployment", "/api/forums", "/api/meetings?forum=ffu", "/api/openapi",
        "/actuator/prometheus", "/actuator/health"}) {
      assertThat(get(path, null).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  void aWrongPasswordIsRejected() {
    // Its own user: Camunda throttles a user's logins for a while after a wrong password.
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("peter.krogh", "forkert");
    assertThat(http.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.exchange("/api/forums", HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theSecretariatSeesItsForumsTaskAndItsFormAndAnotherForumsMemberSeesNothing() throws Exception {
    Task task = collectTask(ffuMeeting);
    JsonNode karens = body(get("/engine-rest/task?processInstanceBusinessKey=" + ffuMeeting, "karen.lund"));
    assertThat(karens).hasSize(1);
    assertThat(karens.get(0).get("id").asText()).isEqualTo(task.getId());
    assertThat(karens.get(0).get("name").asText()).isEqualTo("Indsaml dagsordenspunkter – FFU 22.08.2025");

    // Its form is its screen (ADR 0036), which the Tasklist opens from the task.
    ResponseEntity<String> form = get("/engine-rest/task/" + task.getId() + "/form", "karen.lund");
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(form).get("key").asText()).isEqualTo("/screens/collect-items");

    assertThat(body(get("/engine-rest/task?processInstanceBusinessKey=" + ffuMeeting, "henrik.dam"))).isEmpty();
    assertThat(get("/engine-rest/task/" + task.getId(), "henrik.dam").getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void aMemberOfAnotherForumCannotCompleteTheTask() {
    Task task = collectTask(ffuMeeting);
    ResponseEntity<String> response = exchange(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
        "henrik.dam", "{\"variables\":{\"callClosed\":{\"value\":true}}}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void invalidFormInputIsA400WithTheDanishMessageAndTheTaskStaysOpen() throws Exception {
    Task task = collectTask(ffuMeeting);
    // The secretariat does the call for items on its screen (ADR 0036): the engine's REST API takes nothing.
    ResponseEntity<String> bySecretariat = exchange(HttpMethod.POST, "/engine-rest/task/" + task.getId()
        + "/submit-form", "karen.lund", "{\"variables\":{\"callClosed\":{\"value\":true}}}");
    assertThat(bySecretariat.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(error(bySecretariat).get("message").asText()).startsWith("Opgaven udføres på sin egen side");
    // An administrator may, and the task's own checks still apply.
    ResponseEntity<String> rejected = exchange(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/submit-form",
        "admin", "{\"variables\":{\"collectRemarks\":{\"value\":\"Klar\"}}}");
    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(error(rejected).get("message").asText())
        .isEqualTo("Opgaven kan ikke fuldføres: Bekræft, at indkaldelsen er lukket, og at alle indkomne punkter"
            + " er registreret.");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(taskService.getVariable(task.getId(), COLLECT_REMARKS.getName())).isNull();

    ResponseEntity<String> accepted = exchange(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/submit-form",
        "admin", "{\"variables\":{\"callClosed\":{\"value\":true}}}");
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  void forumMembersSeeTheirForumsProcessInstancesAndProcessOwnersSeeAll() throws Exception {
    assertThat(body(get("/engine-rest/process-instance?businessKey=" + ffuMeeting, "lone.berg"))).hasSize(1);
    assertThat(body(get("/engine-rest/process-instance?businessKey=" + ssuMeeting, "lone.berg"))).isEmpty();
    assertThat(body(get("/engine-rest/process-instance?businessKey=" + ffuMeeting, "ida.winther"))).hasSize(1);
    assertThat(body(get("/engine-rest/process-instance?businessKey=" + ssuMeeting, "ida.winther"))).hasSize(1);
    // Process owners watch, they do not work on other forums' tasks.
    Task task = collectTask(ssuMeeting);
    assertThat(exchange(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", "ida.winther",
        "{\"variables\":{\"callClosed\":{\"value\":true}}}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void everyUserGetsTheDanishTasklistFiltersShowingOnlyTheirOwnForumsTasks() throws Exception {
    JsonNode filters = body(get("/engine-rest/filter?resourceType=Task", "karen.lund"));
    assertThat(filters).extracting(f -> f.get("name").asText())
        .contains("Mine opgaver", "Min gruppes opgaver", "Forfaldne", "Til opfølgning");
    String groupFilter = null;
    String overdueFilter = null;
    for (JsonNode f : filters) {
      if (f.get("name").asText().equals("Min gruppes opgaver")) {
        groupFilter = f.get("id").asText();
      }
      if (f.get("name").asText().equals("Forfaldne")) {
        overdueFilter = f.get("id").asText();
      }
    }
    Task ffuTask = collectTask(ffuMeeting);
    assertThat(body(get("/engine-rest/filter/" + groupFilter + "/list", "karen.lund")))
        .extracting(t -> t.get("id").asText()).contains(ffuTask.getId()).doesNotContain(collectTask(ssuMeeting).getId());
    assertThat(body(get("/engine-rest/filter/" + groupFilter + "/list", "henrik.dam")))
        .extracting(t -> t.get("id").asText()).doesNotContain(ffuTask.getId());
    // The item deadline (6 August 2025) has not passed on 10 July, but has on 8 August.
    assertThat(body(get("/engine-rest/filter/" + overdueFilter + "/list", "karen.lund")))
        .extracting(t -> t.get("id").asText()).doesNotContain(ffuTask.getId());
    Clock.set(LocalDateTime.of(2025, 8, 8, 9, 0));
    assertThat(body(get("/engine-rest/filter/" + overdueFilter + "/list", "karen.lund")))
        .extracting(t -> t.get("id").asText()).contains(ffuTask.getId());
  }

  @Test
  void theDomainApiAnswersAuthenticatedUsersAndNamesUnknownIdsInDanish() throws Exception {
    ResponseEntity<String> forums = get("/api/forums", "lone.berg");
    assertThat(forums.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(forums)).extracting(f -> f.get("id").asText()).contains("fu", "ffu", "ssf", "ssf-formoede", "ssu");
    ResponseEntity<String> unknown = get("/api/forums/xyz", "lone.berg");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(error(unknown).get("detail").asText()).isEqualTo("Forummet 'xyz' findes ikke.");
    assertThat(get("/api/openapi", "lone.berg").getBody()).contains("/api/meetings");
  }

  @Test
  void actuatorIsForProcessOwnersAndShowsEngineMetrics() {
    assertThat(get("/actuator/prometheus", "lone.berg").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> metrics = get("/actuator/prometheus", "ida.winther");
    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics.getBody()).contains("camunda_tasks_open", "camunda_job_successful_total",
        "camunda_process_instances_active");
    assertThat(get("/actuator/health", "ida.winther").getBody()).contains("\"status\":\"UP\"");
  }

  /** Issue 15 point 8: a load balancer asks without a login; it learns UP and nothing else (ADR 0032). */
  @Test
  void theReadinessAndLivenessProbesAnswerWithoutLoginAndShowNoDetails() {
    for (String probe : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
      ResponseEntity<String> answer = get(probe, null);
      assertThat(answer.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).as(probe).isEqualTo("{\"status\":\"UP\"}");
    }
    // The rest of Actuator stays closed.
    assertThat(get("/actuator/health", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("/actuator/health/db", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theWebAppsAnswerWithTheirOwnLoginNotWithBasicAuthentication() {
    // The Tasklist page and its login API are Camunda's servlets with Camunda's session login.
    ResponseEntity<String> page = get("/camunda/app/tasklist/", null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> notLoggedIn = get("/camunda/api/admin/auth/user/default", null);
    assertThat(notLoggedIn.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // No Basic challenge: a browser would otherwise open a password dialog instead of the login page.
    assertThat(notLoggedIn.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();

    // Camunda's CSRF protection: the token of the page goes back as header and cookie, as the Tasklist does.
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
    assertThat(token).isNotBlank();
    form.set("X-XSRF-TOKEN", token);
    form.set(HttpHeaders.COOKIE, String.join("; ", page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .map(c -> c.split(";", 2)[0]).toList()));
    ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>("username=karen.lund&password=test", form), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(login.getBody()).contains("\"userId\":\"karen.lund\"");
  }

  @Test
  void adminHasTheRestApi() {
    assertThat(get("/engine-rest/process-definition", "admin").getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
