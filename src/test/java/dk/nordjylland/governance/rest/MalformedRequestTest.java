package dk.nordjylland.governance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Malformed requests are the client's fault: 4xx with a Danish message, never 500. Raw HTTP (java.net.http), so that
 * the path and body reach the server exactly as written. The calls are the administrator's: the engine REST guard
 * refuses a member's messages and signals before any body is read (403, EngineRestOperationsGuardTest), so what is
 * tested here is how a body that reaches Camunda's REST API is read.
 */
@GovernanceTest
class MalformedRequestTest {

  @LocalServerPort int port;
  @Autowired TestMeetings testMeetings;
  @Autowired MeetingCycleStarter starter;
  @Autowired TaskService taskService;
  final ObjectMapper json = new ObjectMapper();
  final HttpClient client = HttpClient.newHttpClient();

  String taskId;

  @BeforeEach
  void meetingInItsCallForItems() {
    Clock.set(LocalDateTime.of(2035, 1, 8, 9, 0));
    String meetingId = testMeetings.create("ffu", LocalDateTime.of(2035, 2, 22, 12, 0));
    starter.start(meetingId);
    taskId = taskService.createTaskQuery().processInstanceBusinessKey(meetingId).singleResult().getId();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aMatrixParameterInThePathIsA400() throws Exception {
    HttpResponse<String> engine = send("GET", "/engine-rest;x=1/task", null);
    assertThat(engine.statusCode()).as(engine.body()).isEqualTo(400);
    assertThat(camundaMessage(engine)).isEqualTo("Adressen indeholder tegn, der ikke er tilladt (fx ';').");

    HttpResponse<String> api = send("GET", "/api;x=1/forums", null);
    assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
    assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(json.readTree(api.body()).get("detail").asText())
        .isEqualTo("Adressen indeholder tegn, der ikke er tilladt (fx ';').");
  }

  @Test
  void invalidJsonToTheEngineRestApiIsA400InDanish() throws Exception {
    for (String path : new String[] {"/engine-rest/task", "/engine-rest/task/" + taskId + "/complete",
        "/engine-rest/process-instance", "/engine-rest/message"}) {
      for (String body : new String[] {"{", "[1, 2", "{\"variables\": }", "\"nur ein Text\"", "{\"a\": 1,}"}) {
        HttpResponse<String> response = send("POST", path, body);
        assertThat(response.statusCode()).as("%s %s: %s", path, body, response.body()).isEqualTo(400);
        assertThat(camundaMessage(response)).as("%s %s", path, body)
            .isEqualTo("Forespørgslens indhold kunne ikke læses. Send gyldig JSON i det beskrevne format.");
      }
    }
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void aJsonNullBodyToTheEngineRestApiIsA400InDanish() throws Exception {
    for (String path : new String[] {"/engine-rest/task", "/engine-rest/task/" + taskId + "/claim",
        "/engine-rest/task/" + taskId + "/complete", "/engine-rest/message", "/engine-rest/signal",
        "/engine-rest/process-instance", "/engine-rest/filter/create"}) {
      HttpResponse<String> response = send("POST", path, "null");
      assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(400);
      assertThat(camundaMessage(response)).as(path)
          .isEqualTo("Forespørgslen mangler indhold. Send et JSON-objekt i det beskrevne format.");
    }
    // A required value missing: the engine's NullValueException ("groupId is null") names it.
    HttpResponse<String> noId = send("POST", "/engine-rest/group/create", "{}");
    assertThat(noId.statusCode()).as(noId.body()).isEqualTo(400);
    assertThat(camundaMessage(noId)).isEqualTo("Forespørgslen mangler en påkrævet værdi: 'groupId'.");
    // An empty body is Camunda's {} (its EmptyBodyFilter): a query, not an error.
    assertThat(send("POST", "/engine-rest/task", "").statusCode()).isEqualTo(200);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  private String camundaMessage(HttpResponse<String> response) throws Exception {
    JsonNode error = json.readTree(response.body());
    assertThat(error.has("type")).as(response.body()).isTrue();
    return error.get("message").asText();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "admin:test-admin".getBytes(StandardCharsets.UTF_8)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return client.send(request.build(), BodyHandlers.ofString());
  }
}
