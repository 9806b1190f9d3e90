package dk.nordjylland.governance.security.enginerest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13, finding 3: object variables. The engine deserializes JSON objects only of our own types and takes no
 * Java serialization at all; the REST API refuses such values with 400 (administrators included) before they are
 * stored, so an instance's variables stay readable.
 */
@GovernanceTest
class ObjectVariablesTest {

  @Autowired ApiClient api;
  @Autowired TestMeetings testMeetings;
  @Autowired MeetingCycleStarter starter;
  @Autowired RuntimeService runtimeService;

  String instance;

  @BeforeEach
  void startCycle() {
    Clock.set(LocalDateTime.of(2025, 7, 10, 9, 0));
    String meeting = testMeetings.create("ffu", LocalDateTime.of(2025, 8, 22, 12, 0));
    starter.start(meeting);
    instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meeting).singleResult()
        .getId();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theEngineDeserializesOnlyAllowedTypesAndRefusesJavaSerialization() throws Exception {
    runtimeService.setVariable(instance, "link", Variables.serializedObjectValue("\"http://example.org\"")
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).objectTypeName("java.net.URL").create());
    try {
      assertThatThrownBy(() -> runtimeService.getVariable(instance, "link"))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("java.net.URL");
    } finally {
      runtimeService.removeVariable(instance, "link");
    }

    // A value in Java's serialization format (what a client sends): refused, nothing stored.
    assertThatThrownBy(() -> runtimeService.setVariable(instance, "list", Variables.serializedObjectValue(
        javaSerialized(new ArrayList<>(List.of("a")))).serializationDataFormat(Variables.SerializationDataFormats.JAVA)
        .objectTypeName(ArrayList.class.getName()).create()))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(runtimeService.getVariable(instance, "list")).isNull();
  }

  static String javaSerialized(Serializable value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  @Test
  void anAdministratorsObjectVariableOfAnyClassIsA400AndTheVariablesStayReadable() {
    Map<String, Object> url = new LinkedHashMap<>();
    url.put("type", "Object");
    url.put("value", "\"http://example.org\"");
    url.put("valueInfo", Map.of("serializationDataFormat", "application/json", "objectTypeName", "java.net.URL"));

    ResponseEntity<String> put = api.exchange(HttpMethod.PUT, "/engine-rest/process-instance/" + instance
        + "/variables/link", "admin", url);
    assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(400);
    assertThat(api.json(put).path("message").asText()).startsWith("Værdien kan ikke gemmes med denne værditype.");
    ResponseEntity<String> message = api.post("/engine-rest/message", "admin", Map.of("messageName", "x",
        "processVariables", Map.of("link", url)));
    assertThat(message.getStatusCode().value()).isEqualTo(400);

    assertThat(runtimeService.getVariable(instance, "link")).isNull();
    ResponseEntity<String> variables = api.get("/engine-rest/process-instance/" + instance + "/variables",
        "karen.lund");
    assertThat(variables.getStatusCode().value()).as(variables.getBody()).isEqualTo(200);
    assertThat(api.json(variables).path("meetingId").path("type").asText()).isEqualTo("String");
  }
}
