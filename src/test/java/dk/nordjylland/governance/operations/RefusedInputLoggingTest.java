package dk.nordjylland.governance.operations;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COLLECT_REMARKS;
import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A form submission refused with our Danish 400 is one INFO line in the log, not an ERROR with a stack trace. */
@GovernanceTest
@ExtendWith(OutputCaptureExtension.class)
class RefusedInputLoggingTest {

  static final String LOGGER = CommandExceptionLogging.class.getName();

  @Autowired ApiClient api;
  @Autowired TestMeetings testMeetings;
  @Autowired MeetingCycleStarter starter;
  @Autowired TaskService taskService;
  @Autowired LoggingSystem logging;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void setUp() {
    Clock.set(LocalDateTime.of(2036, 1, 8, 9, 0));
    logging.setLogLevel(LOGGER, LogLevel.INFO); // the test profile logs our packages from WARN
  }

  @AfterEach
  void tearDown() {
    logging.setLogLevel(LOGGER, null);
    Clock.reset();
  }

  @Test
  void aRefusedFormSubmissionIsOneInfoLineWithoutAStackTrace(CapturedOutput output) {
    String taskId = callForItems(LocalDateTime.of(2036, 2, 22, 12, 0));
    int before = output.length();

    // The call for items is done on its screen (ADR 0036); through the engine's REST API only an administrator may,
    // and the task's own checks refuse what he sends.
    ResponseEntity<String> refused = api.submitForm(taskId, "admin", Map.of(COLLECT_REMARKS.getName(), "Klar"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertLoggedOnce(output.toString().substring(before));
  }

  @Test
  void aRefusedSubmissionFromTheTasklistIsOneInfoLineToo(CapturedOutput output) {
    String taskId = callForItems(LocalDateTime.of(2036, 2, 26, 12, 0));
    // The Tasklist's way: its page (session and CSRF token), the login, a read (the session's next token).
    Map<String, String> cookies = new LinkedHashMap<>();
    String token = webapp(HttpMethod.GET, "/camunda/app/tasklist/default/", cookies, null, null, null);
    webapp(HttpMethod.POST, "/camunda/api/admin/auth/user/default/login/tasklist", cookies, token,
        MediaType.APPLICATION_FORM_URLENCODED, "username=admin&password=test-admin");
    token = webapp(HttpMethod.GET, "/camunda/api/admin/auth/user/default", cookies, token, null, null);
    int before = output.length();

    HttpHeaders headers = headers(cookies, token, MediaType.APPLICATION_JSON);
    ResponseEntity<String> refused = http.exchange("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        HttpMethod.POST, new HttpEntity<>("{\"variables\": {\"collectRemarks\": {\"value\": \"Klar\"}}}", headers),
        String.class);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).contains("Opgaven kan ikke fuldføres");
    assertLoggedOnce(output.toString().substring(before));
  }

  private String callForItems(LocalDateTime meeting) {
    String meetingId = testMeetings.create("ffu", meeting);
    starter.start(meetingId);
    return taskService.createTaskQuery().processInstanceBusinessKey(meetingId).singleResult().getId();
  }

  /** Sends a web app request with the browser's cookies; returns the CSRF token it has afterwards. */
  private String webapp(HttpMethod method, String path, Map<String, String> cookies, String token, MediaType type,
      String body) {
    ResponseEntity<String> response = http.exchange(path, method,
        new HttpEntity<>(body, headers(cookies, token, type)), String.class);
    assertThat(response.getStatusCode().value()).as("%s %s", path, response.getBody()).isEqualTo(200);
    for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String[] pair = cookie.split(";", 2)[0].split("=", 2);
      cookies.put(pair[0], pair[1]);
    }
    String issued = response.getHeaders().getFirst("X-XSRF-TOKEN");
    return issued != null ? issued : token;
  }

  private static HttpHeaders headers(Map<String, String> cookies, String token, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    if (type != null) {
      headers.setContentType(type);
    }
    if (token != null) {
      headers.set("X-XSRF-TOKEN", token);
    }
    if (!cookies.isEmpty()) {
      headers.set(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
          .map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    return headers;
  }

  private static void assertLoggedOnce(String logged) {
    assertThat(logged).contains("INFO", "Refused input: Opgaven kan ikke fuldføres: Bekræft, at indkaldelsen er lukket");
    assertThat(logged.lines().filter(line -> line.contains("Refused input"))).hasSize(1);
    assertThat(logged).doesNotContain("ERROR", "ENGINE-16004", "\tat ", "Caused by");
  }
}
