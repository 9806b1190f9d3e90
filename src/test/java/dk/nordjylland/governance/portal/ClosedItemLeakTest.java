package dk.nordjylland.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ClosedItemCases;
import dk.nordjylland.governance.support.ClosedItemCases.ClosedCase;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.WebappSession;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Closed items (lukket punkt) and inhabilitet (issue 17 points 6, 7; ADR 0055). An FFU meeting with a closed item whose
 * confidential title, case text, recommendation, attachment title and decision carry a marker word: no answer to
 * someone without access (the public on every portal page type, both PDFs and the forum's feed; our API without a
 * login and as a non-member; the mails to bodies outside the collaboration; a member disqualified for the item)
 * carries the marker, while the public title and public decision are there. A member reads the full version, and the
 * minutes say who took no part.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedItemLeakTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2190, 5, 14, 9, 0);
  static final String MARKER = "HEMMELIGORD";
  static final String PUBLIC_TITLE = ClosedItemCases.PUBLIC_TITLE;
  static final String PUBLIC_DECISION = ClosedItemCases.PUBLIC_DECISION;
  static final String DISQUALIFIED_LINE = ClosedItemCases.DISQUALIFIED_LINE;

  @Autowired TestRestTemplate http;
  @Autowired ClosedItemCases closedCases;
  @Autowired ApiClient api;
  @Autowired JdbcClient jdbc;

  String meetingId;
  long closedItem;
  long openItem;

  @BeforeAll
  void aMeetingWithAClosedItem() {
    ClosedCase c = closedCases.held(MEETING, MARKER);
    meetingId = c.meetingId();
    closedItem = c.closedItem();
    openItem = c.openItem();
  }

  @AfterAll
  void resetClock() {
    Clock.reset();
  }

  @Test
  void noAnonymousAnswerCarriesTheConfidentialWordsWhileThePublicWordingIsThere() throws Exception {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String path : List.of("/", "/fora", "/fora/ffu", "/fora/ffu/kalender.ics", "/moeder/" + meetingId,
        "/sager/" + closedItem, "/sager/" + openItem, "/sager/" + closedItem + "/bilag/1", "/tilgaengelighed",
        "/moeder/" + meetingId + "/kalender.ics", "/soeg?q=patientforløb", "/soeg?q=klagede",
        "/soeg?q=klage&forum=ffu&udfald=godkendt")) {
      answers.put("portal " + path, anonymous(path).getBody());
    }
    for (String pdf : List.of("dagsorden.pdf", "dagsorden.pdf?version=1", "referat.pdf", "referat.pdf?version=1")) {
      answers.put("portal " + pdf, text(anonymousBytes("/moeder/" + meetingId + "/" + pdf)));
    }
    for (String path : List.of("/api/items/" + closedItem, "/api/meetings/" + meetingId + "/agenda",
        "/api/items/" + closedItem + "/closure", "/api/meetings/" + meetingId + "/disqualifications",
        "/api/meetings/" + meetingId + "/documents/minutes.pdf", "/api/meetings/" + meetingId + "/minutes")) {
      answers.put("api without login " + path, anonymous(path).getBody());
      answers.put("api as a non-member " + path, api.get(path, "henrik.dam").getBody());
    }
    List<String> outside = jdbc.sql("select subject || ' ' || body from gov_notification where meeting_id = ?"
        + " and recipient_email is not null").param(meetingId).query(String.class).list();
    assertThat(outside).as("the letter to KKR about the forwarded closed item").isNotEmpty();
    for (int i = 0; i < outside.size(); i++) {
      answers.put("mail outside " + i, outside.get(i));
    }

    answers.forEach((what, body) -> assertThat(body).as(what).doesNotContain(MARKER));
    assertThat(answers.get("portal /moeder/" + meetingId)).contains(PUBLIC_TITLE, PUBLIC_DECISION,
        "Lukket punkt. Begrundelse: Personoplysninger.", DISQUALIFIED_LINE);
    assertThat(answers.get("portal /sager/" + closedItem)).contains(PUBLIC_TITLE, PUBLIC_DECISION);
    // The search finds the closed item by its public wording only (issue 17: the index for anonymous users).
    assertThat(answers.get("portal /soeg?q=patientforløb")).contains(PUBLIC_TITLE, "/sager/" + closedItem);
    // Searching for the marker itself finds nothing (the page repeats only what the visitor typed).
    assertThat(anonymous("/soeg?q=" + MARKER).getBody()).contains("Ingen resultater")
        .doesNotContain("/sager/" + closedItem, PUBLIC_TITLE);
    assertThat(answers.get("portal dagsorden.pdf")).contains("Lukket punkt: " + PUBLIC_TITLE);
    assertThat(answers.get("portal referat.pdf")).contains("Lukket punkt: " + PUBLIC_TITLE, PUBLIC_DECISION,
        DISQUALIFIED_LINE);
    assertThat(outside.get(0)).contains(PUBLIC_TITLE, PUBLIC_DECISION);
    assertThat(anonymous("/sager/" + closedItem + "/bilag/1").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aMemberReadsTheConfidentialPartAndTheMemberWhoWasDisqualifiedDoesNot() throws Exception {
    WebappSession member = new WebappSession(http).logIn("jens.bach");
    assertThat(member.exchange(HttpMethod.GET, "/moeder/" + meetingId, null, null).getBody())
        .contains(MARKER + " afvises", "Sagsfremstilling: " + MARKER, "Journalnotat om " + MARKER, PUBLIC_DECISION);
    assertThat(member.exchange(HttpMethod.GET, "/sager/" + closedItem + "/bilag/1", null, null).getStatusCode()
        .value()).isEqualTo(200);
    assertThat(api.get("/api/items/" + closedItem, "jens.bach").getBody()).contains(MARKER);

    WebappSession disqualified = new WebappSession(http).logIn("lone.berg");
    String page = disqualified.exchange(HttpMethod.GET, "/moeder/" + meetingId, null, null).getBody();
    assertThat(page).doesNotContain(MARKER).contains(PUBLIC_TITLE, PUBLIC_DECISION, DISQUALIFIED_LINE);
    assertThat(disqualified.exchange(HttpMethod.GET, "/sager/" + closedItem, null, null).getBody())
        .doesNotContain(MARKER).contains(PUBLIC_TITLE);
    assertThat(disqualified.exchange(HttpMethod.GET, "/sager/" + closedItem + "/bilag/1", null, null)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("/api/items/" + closedItem, "lone.berg").getBody()).doesNotContain(MARKER)
        .contains(PUBLIC_TITLE);
    assertThat(api.get("/api/meetings/" + meetingId + "/agenda", "lone.berg").getBody()).doesNotContain(MARKER)
        .contains(PUBLIC_DECISION);
    assertThat(text(bytes("/api/meetings/" + meetingId + "/documents/minutes.pdf", "lone.berg")))
        .doesNotContain(MARKER).contains(PUBLIC_DECISION);
    assertThat(text(bytes("/api/meetings/" + meetingId + "/documents/minutes.pdf", "jens.bach")))
        .contains(MARKER + " afvises");
  }

  @Test
  void theMinutesSayWhoTookNoPartAndMembersGetTheFullPdfWithThePublicDecisionBesideIt() throws Exception {
    String full = text(bytes("/api/meetings/" + meetingId + "/documents/minutes.pdf", "mads.kjaer"));
    assertThat(full).contains(DISQUALIFIED_LINE, "Klagen fra " + MARKER + " afvises.",
        "Offentliggjort beslutning (lukket punkt): " + PUBLIC_DECISION,
        "Lukket punkt. Offentlig titel: " + PUBLIC_TITLE + ". Begrundelse: Personoplysninger.");
    // The open item is as it was: no closure line, nobody disqualified.
    assertThat(full).containsOnlyOnce("deltog ikke i behandlingen");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private ResponseEntity<String> anonymous(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private byte[] anonymousBytes(String path) {
    ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response.getBody();
  }

  private byte[] bytes(String path, String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "test");
    ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response.getBody();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
