package dk.nordjylland.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
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
    String meetingId = testMeetings.create("ffu", LocalDateTime.of(2036, 2, 22, 12, 0));
    starter.start(meetingId);
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(meetingId).singleResult().getId();
    int before = output.length();

    ResponseEntity<String> refused = api.submitForm(taskId, "karen.lund", Map.of("collectRemarks", "Klar"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);

    String logged = output.toString().substring(before);
    assertThat(logged).contains("INFO", "Refused input: Opgaven kan ikke fuldføres: Bekræft, at indkaldelsen er lukket");
    assertThat(logged.lines().filter(line -> line.contains("Refused input"))).hasSize(1);
    assertThat(logged).doesNotContain("ERROR", "ENGINE-16004", "\tat ", "Caused by");
  }
}
