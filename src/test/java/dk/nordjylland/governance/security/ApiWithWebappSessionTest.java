package dk.nordjylland.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import dk.nordjylland.governance.support.WebappSession;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, point 9 (ADR 0029): our API and the document downloads take the Tasklist's login session as well as HTTP
 * Basic, so a link from a task or a mail opens for a logged-in user; the forum scoping is the same; a state-changing
 * call with the session needs the web apps' CSRF token; no session is created on /api.
 */
@GovernanceTest
class ApiWithWebappSessionTest {

  private static final LocalDateTime MEETING = LocalDateTime.of(2038, 3, 11, 12, 0);
  /** Member of FFU, not of SSU (masterdata/collaboration.yaml). */
  private static final String MEMBER = "lone.berg";
  private static final byte[] AGENDA = "%PDF-1.4 dagsorden med login".getBytes(StandardCharsets.UTF_8);

  @Autowired TestRestTemplate http;
  @Autowired TestMeetings testMeetings;
  @Autowired Documents documents;
  @Autowired JdbcClient jdbc;
  private final ObjectMapper json = new ObjectMapper();

  private String ffuMeeting;
  private String ssuMeeting;

  @BeforeEach
  void meetingsWithAgendas() {
    Clock.set(MEETING.minusDays(60));
    ffuMeeting = testMeetings.create("ffu", MEETING);
    ssuMeeting = testMeetings.create("ssu", MEETING);
    documents.store(ffuMeeting, DocumentKind.AGENDA, AGENDA);
    documents.store(ssuMeeting, DocumentKind.AGENDA, AGENDA);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aTasklistLoginReadsTheApiAndTheUsersForumsDocumentsButNoOtherForums() {
    WebappSession tasklist = new WebappSession(http).logIn(MEMBER);
    long start = System.currentTimeMillis();

    ResponseEntity<String> forums = tasklist.api(HttpMethod.GET, "/api/forums", null, false);
    assertThat(forums.getStatusCode().value()).as(forums.getBody()).isEqualTo(200);
    assertThat(forums.getBody()).contains("\"ffu\"");

    ResponseEntity<byte[]> pdf = http.exchange("/api/meetings/" + ffuMeeting + "/documents/agenda.pdf",
        HttpMethod.GET, new HttpEntity<>(sessionOnly(tasklist)), byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getBody()).isEqualTo(AGENDA);

    // Another forum's meeting: as for a Basic user, like an unknown id.
    ResponseEntity<String> ssu = tasklist.api(HttpMethod.GET,
        "/api/meetings/" + ssuMeeting + "/documents/agenda.pdf", null, false);
    assertThat(ssu.getStatusCode().value()).isEqualTo(404);
    assertThat(tasklist.api(HttpMethod.GET, "/api/meetings/" + ssuMeeting, null, false).getStatusCode().value())
        .isEqualTo(404);
    assertThat(tasklist.api(HttpMethod.GET, "/api/meetings?forum=ssu", null, false).getStatusCode().value())
        .isEqualTo(403);

    // The API only reads the session: no new session, no cookie handed out.
    assertThat(forums.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).isEmpty();
    assertThat(ssu.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).isEmpty();
    assertThat(sessionsCreatedSince(start)).isZero();
  }

  @Test
  void aProposalWithTheSessionNeedsTheWebAppsCsrfTokenAndARefusalStoresNothing() throws Exception {
    WebappSession tasklist = new WebappSession(http).logIn(MEMBER);
    Map<String, Long> before = counts();

    ResponseEntity<String> withoutToken = tasklist.api(HttpMethod.POST, "/api/items", proposal("Uden nøgle"), false);
    assertThat(withoutToken.getStatusCode().value()).as(withoutToken.getBody()).isEqualTo(403);
    assertThat(withoutToken.getHeaders().getContentType()).satisfies(t -> assertThat(t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(t.toString()).isTrue());
    assertThat(json.readTree(withoutToken.getBody()).path("detail").asText()).contains("sikkerhedsnøgle (CSRF)");
    String stale = tasklist.token;
    tasklist.token = "0123456789ABCDEF0123456789ABCDEF";
    assertThat(tasklist.api(HttpMethod.POST, "/api/items", proposal("Forkert nøgle"), true).getStatusCode().value())
        .isEqualTo(403);
    assertThat(counts()).isEqualTo(before);

    tasklist.token = stale;
    ResponseEntity<String> created = tasklist.api(HttpMethod.POST, "/api/items", proposal("Med nøgle"), true);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode item = json.readTree(created.getBody()).path("item");
    assertThat(item.path("proposedBy").asText()).isEqualTo(MEMBER);
    assertThat(item.path("forumId").asText()).isEqualTo("ffu");
    // The refused calls did not log the user out.
    assertThat(tasklist.api(HttpMethod.GET, "/api/forums", null, false).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void basicStaysAsItWasAndIsNotAskedForTheToken() {
    WebappSession tasklist = new WebappSession(http).logIn(MEMBER);
    // Basic with a session cookie: Basic alone decides; a wrong password is not rescued by the session.
    HttpHeaders wrongPassword = sessionOnly(tasklist);
    wrongPassword.setBasicAuth(MEMBER, "forkert");
    ResponseEntity<String> refused = http.exchange("/api/forums", HttpMethod.GET, new HttpEntity<>(wrongPassword),
        String.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(401);
    assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");

    // A Basic proposal needs no CSRF token (no cookie involved).
    HttpHeaders basic = new HttpHeaders();
    basic.setBasicAuth(MEMBER, "test");
    basic.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> created = http.exchange("/api/items", HttpMethod.POST,
        new HttpEntity<>(proposal("Med adgangskode"), basic), String.class);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    assertThat(created.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).isEmpty();
  }

  @Test
  void afterTheLogoutTheSessionOpensNothing() throws Exception {
    WebappSession tasklist = new WebappSession(http).logIn(MEMBER);
    String agenda = "/api/meetings/" + ffuMeeting + "/documents/agenda.pdf";
    assertThat(tasklist.api(HttpMethod.GET, agenda, null, false).getStatusCode().value()).isEqualTo(200);

    tasklist.logOut();

    ResponseEntity<String> after = tasklist.api(HttpMethod.GET, agenda, null, false);
    assertThat(after.getStatusCode().value()).isEqualTo(401);
    assertThat(after.getHeaders().getContentType()).satisfies(t -> assertThat(t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(t.toString()).isTrue());
    assertThat(json.readTree(after.getBody()).path("title").asText()).isEqualTo("Ikke logget ind");
    assertThat(tasklist.api(HttpMethod.POST, "/api/items", proposal("Efter log ud"), true).getStatusCode().value())
        .isEqualTo(401);
  }

  @Test
  void aBrowserFollowingALinkWithoutLoginIsSentInDanishToTheLoginThatComesBackWithoutAPasswordDialog() {
    HttpHeaders browser = new HttpHeaders();
    browser.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    String agenda = "/api/meetings/" + ffuMeeting + "/documents/agenda.pdf";
    ResponseEntity<String> page = http.exchange(agenda, HttpMethod.GET, new HttpEntity<>(browser), String.class);

    assertThat(page.getStatusCode().value()).isEqualTo(401);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    // No Basic challenge: the browser would open its password dialog, the second password of issue 14.
    assertThat(page.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).doesNotStartWith("Basic");
    // One login in the same tab, which comes back to the document (ADR 0062).
    assertThat(page.getBody()).contains("<html lang=\"da\">", "Log ind først",
        "href=\"/log-ind?tilbage=" + agenda.replace("/", "%2F") + "\"", "href=\"" + agenda + "\"");
    assertThat(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).isEmpty();

    // A script without credentials still gets the problem detail with the Basic challenge.
    HttpHeaders script = new HttpHeaders();
    script.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> problem = http.exchange(agenda, HttpMethod.GET, new HttpEntity<>(script), String.class);
    assertThat(problem.getStatusCode().value()).isEqualTo(401);
    assertThat(problem.getHeaders().getContentType()).satisfies(t -> assertThat(t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(t.toString()).isTrue());
    assertThat(problem.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");
  }

  private static HttpHeaders sessionOnly(WebappSession tasklist) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, "SESSION=" + tasklist.cookies.get("SESSION"));
    return headers;
  }

  private String proposal(String title) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("forumId", "ffu");
    p.put("meetingId", ffuMeeting);
    p.put("title", "Orientering: " + title);
    p.put("recommendations", List.of("Tager til efterretning."));
    try {
      return json.writeValueAsString(p);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("gov_item", "gov_item_event", "gov_item_recommendation")) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  private long sessionsCreatedSince(long millis) {
    return jdbc.sql("select count(*) from spring_session where creation_time >= ?").param(millis)
        .query(Long.class).single();
  }
}
