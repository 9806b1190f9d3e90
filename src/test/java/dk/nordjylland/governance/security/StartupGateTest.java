package dk.nordjylland.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 15 point 8: no false 401 while the users are not there yet (ADR 0032). */
class StartupGateTest {

  final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
  final StartupGate gate = new StartupGate(availability);
  final ObjectMapper json = new ObjectMapper();

  @Test
  void beforeTheApplicationIsReadyTheApiAnswers503InDanishWithRetryAfter() throws Exception {
    MockHttpServletResponse response = call("/api/forums");
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.getContentAsString());
    assertThat(problem.get("title").asText()).isEqualTo("Systemet starter");
    assertThat(problem.get("detail").asText()).isEqualTo("Systemet starter – prøv igen om lidt.");
  }

  @Test
  void beforeTheApplicationIsReadyTheEngineRestAndTheWebAppsApiAnswerWithCamundasErrorJson() throws Exception {
    for (String path : new String[] {"/engine-rest/task", "/camunda/api/admin/auth/user/default/login/tasklist"}) {
      MockHttpServletResponse response = call(path);
      assertThat(response.getStatus()).as(path).isEqualTo(503);
      assertThat(response.getHeader("Retry-After")).as(path).isEqualTo("5");
      assertThat(json.readTree(response.getContentAsString()).get("message").asText()).as(path)
          .isEqualTo("Systemet starter – prøv igen om lidt.");
    }
  }

  @Test
  void onceReadyEveryRequestPassesThrough() throws Exception {
    ready(ReadinessState.ACCEPTING_TRAFFIC);
    for (String path : new String[] {"/api/forums", "/engine-rest/task", "/camunda/api/engine/engine/"}) {
      MockFilterChain chain = new MockFilterChain();
      MockHttpServletResponse response = call(path, chain);
      assertThat(chain.getRequest()).as(path).isNotNull();
      assertThat(response.getStatus()).as(path).isEqualTo(200);
    }
  }

  @Test
  void theWebAppsPagesAndTheProbesAreNeverHeldBack() throws Exception {
    for (String path : new String[] {"/camunda/app/tasklist/", "/actuator/health/readiness"}) {
      MockFilterChain chain = new MockFilterChain();
      call(path, chain);
      assertThat(chain.getRequest()).as(path).isNotNull();
    }
  }

  @Test
  void whileShuttingDownTheApiSaysSo() throws Exception {
    ready(ReadinessState.ACCEPTING_TRAFFIC);
    call("/api/forums", new MockFilterChain());
    ready(ReadinessState.REFUSING_TRAFFIC);
    MockHttpServletResponse response = call("/api/forums");
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(json.readTree(response.getContentAsString()).get("detail").asText())
        .isEqualTo("Systemet lukker ned – prøv igen om lidt.");
  }

  void ready(ReadinessState state) {
    availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
  }

  MockHttpServletResponse call(String path) throws Exception {
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = call(path, chain);
    assertThat(chain.getRequest()).as("held back: " + path).isNull();
    return response;
  }

  MockHttpServletResponse call(String path, MockFilterChain chain) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    MockHttpServletResponse response = new MockHttpServletResponse();
    gate.doFilter(request, response, chain);
    return response;
  }
}
