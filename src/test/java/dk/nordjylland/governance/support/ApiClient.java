package dk.nordjylland.governance.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Calls our API and Camunda's REST API as a user of the master data (test password "test";
 * admin: "test-admin"), the way the Tasklist and scripts do.
 */
@Component
public class ApiClient {

  /** Lazily: contexts without a server (ProcessCoverageTest) have no TestRestTemplate. */
  private final ObjectProvider<TestRestTemplate> http;
  private final ObjectMapper json = new ObjectMapper();

  ApiClient(ObjectProvider<TestRestTemplate> http) {
    this.http = http;
  }

  public ResponseEntity<String> exchange(HttpMethod method, String path, String user, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user.equals("admin") ? "test-admin" : "test");
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    try {
      String text = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
      return http.getObject().exchange(path, method, new HttpEntity<>(text, headers), String.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public ResponseEntity<String> get(String path, String user) {
    return exchange(HttpMethod.GET, path, user, null);
  }

  public ResponseEntity<String> post(String path, String user, Object body) {
    return exchange(HttpMethod.POST, path, user, body);
  }

  /** Submits a task's form through Camunda's REST API, as the Tasklist does. */
  public ResponseEntity<String> submitForm(String taskId, String user, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
    return post("/engine-rest/task/" + taskId + "/submit-form", user, Map.of("variables", typed));
  }

  /** Submits a task's form and fails unless the engine accepted it. */
  public void submitFormOk(String taskId, String user, Map<String, Object> variables) {
    ResponseEntity<String> response = submitForm(taskId, user, variables);
    Assertions.assertThat(response.getStatusCode().value()).as("%s", response.getBody())
        .isEqualTo(204);
  }

  /** The one open task of a meeting's cycle at the element, as the user sees it in Camunda's REST API. */
  public String taskId(String meetingId, String taskKey, String user) {
    JsonNode tasks = body(get("/engine-rest/task?processInstanceBusinessKey=" + meetingId + "&taskDefinitionKey="
        + taskKey, user));
    Assertions.assertThat(tasks).as("%s sees the task %s of %s", user, taskKey, meetingId)
        .hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** The body of a successful response; fails with the status and body otherwise. */
  public JsonNode body(ResponseEntity<String> response) {
    Assertions.assertThat(response.getStatusCode().is2xxSuccessful())
        .as("%s: %s", response.getStatusCode(), response.getBody()).isTrue();
    return json(response);
  }

  public JsonNode json(ResponseEntity<String> response) {
    try {
      return json.readTree(response.getBody());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not JSON: " + response.getBody(), e);
    }
  }
}
