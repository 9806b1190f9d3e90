package dk.nordjylland.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.WebappSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web apps' sessions (Spring Session JDBC, table spring_session): an anonymous request for a static file stores
 * no session, and a request with a wrong CSRF token is refused without logging the user out.
 */
@GovernanceTest
class WebappSessionTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;

  @Test
  void anonymousRequestsForStaticFilesStoreNoSession() {
    long start = System.currentTimeMillis();
    List<String> files = List.of("/camunda/assets/tasklist.svg", "/camunda/app/tasklist/camunda-tasklist-bootstrap.js",
        "/camunda/app/tasklist/camunda-tasklist-bootstrap.css", "/camunda/app/tasklist/scripts/config.js",
        "/camunda/assets/bpmn.woff");
    for (int i = 0; i < 4; i++) {
      for (String file : files) {
        ResponseEntity<String> response = http.getForEntity(file, String.class);
        assertThat(response.getStatusCode().value()).as(file).isEqualTo(200);
        assertThat(response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).as(file).isEmpty();
      }
    }
    assertThat(sessionsCreatedSince(start)).isZero();

    // The app page itself still opens a session: its CSRF token is what the login form sends back.
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/", String.class);
    assertThat(page.getHeaders().getFirst("X-XSRF-TOKEN")).isNotBlank();
    assertThat(sessionsCreatedSince(start)).isPositive();
  }

  @Test
  void aWrongCsrfTokenIsRefusedAndTheUserStaysLoggedIn() {
    WebappSession session = new WebappSession(http);
    session.exchange(HttpMethod.GET, "/camunda/app/tasklist/", null, null);
    ResponseEntity<String> login = session.exchange(HttpMethod.POST,
        "/camunda/api/admin/auth/user/default/login/tasklist", MediaType.APPLICATION_FORM_URLENCODED,
        "username=karen.lund&password=test");
    assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
    // As the Tasklist does after its login: a read, which hands out the logged-in session's CSRF token.
    session.exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null);
    String query = "/camunda/api/engine/engine/default/task/count";
    assertThat(session.exchange(HttpMethod.POST, query, MediaType.APPLICATION_JSON, "{}").getStatusCode().value())
        .isEqualTo(200);

    String rightToken = session.token;
    session.token = "0123456789ABCDEF0123456789ABCDEF";
    ResponseEntity<String> forged = session.exchange(HttpMethod.POST, query, MediaType.APPLICATION_JSON, "{}");
    assertThat(forged.getStatusCode().value()).isEqualTo(403);
    assertThat(forged.getBody()).contains("sikkerhedsnøgle");
    session.token = null;
    assertThat(session.exchange(HttpMethod.POST, query, MediaType.APPLICATION_JSON, "{}").getStatusCode().value())
        .isEqualTo(403);

    // Still logged in, and the right token still works.
    ResponseEntity<String> me = session.exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null);
    assertThat(me.getStatusCode().value()).isEqualTo(200);
    assertThat(me.getBody()).contains("\"userId\":\"karen.lund\"");
    session.token = rightToken;
    assertThat(session.exchange(HttpMethod.POST, query, MediaType.APPLICATION_JSON, "{}").getStatusCode().value())
        .isEqualTo(200);
  }

  private long sessionsCreatedSince(long millis) {
    return jdbc.sql("select count(*) from spring_session where creation_time >= ?").param(millis)
        .query(Long.class).single();
  }
}
