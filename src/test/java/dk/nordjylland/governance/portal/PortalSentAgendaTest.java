package dk.nordjylland.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ClosedItemCases;
import dk.nordjylland.governance.support.ClosedItemCases.ClosedCase;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.TestMeetings;
import dk.nordjylland.governance.support.WebappSession;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 17 points 2 and 5 (ADR 0058, "What the portal shows between versions"): the portal shows the agenda the
 * members were sent, not the secretariat's unsent changes. A late item is on no portal page (meeting page, case
 * passport, bilag, search) for the public, a member or the secretariat until the revised agenda is sent; a withdrawn item stays
 * until then. A closed item withdrawn after the agenda was sent keeps its confidential words out of the public's PDF
 * and comparison. Meetings of their own in 2213 and 2214.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSentAgendaTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2213, 3, 9, 9, 0);
  static final LocalDateTime CLOSED_MEETING = LocalDateTime.of(2214, 3, 8, 9, 0);
  static final String LATE_TITLE = "Orientering: Nyt fra KKR om genoptræningsplaner";
  static final String PLAN_TITLE = "Drøftelse: Handleplan for rehabilitering";
  static final String MARKER = "TILBAGEKALDTORD";

  @Autowired TestRestTemplate http;
  @Autowired ApiClient api;
  @Autowired MeetingRun run;
  @Autowired TestMeetings testMeetings;
  @Autowired ForwardedCases cases;
  @Autowired ClosedItemCases closedCases;

  @AfterAll
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aLateItemIsShownOnlyOnceTheRevisedAgendaIsSentAndAWithdrawnItemUntilThen() {
    Clock.set(MEETING.minusDays(40));
    String ffu = run.start("ffu", MEETING);
    String next = testMeetings.create("ffu", MEETING.plusMonths(1));
    long budget = cases.propose("ffu", ffu, "Godkendelse: Budget 2214", null);
    long plan = cases.propose("ffu", ffu, PLAN_TITLE, null);
    long late = cases.propose("ffu", next, LATE_TITLE, null);
    cases.attach(budget, "Budgetnotat");
    cases.attach(late, "Notat fra KKR");
    run.toMeeting(ffu);
    String base = "/api/meetings/" + ffu + "/agenda";
    assertThat(api.post(base + "/late-items", "karen.lund", Map.of("itemId", late)).getStatusCode().value())
        .isEqualTo(200);
    assertThat(api.post(base + "/withdrawals", "karen.lund", Map.of("itemId", plan, "reason",
        "Handleplanen er ikke klar.")).getStatusCode().value()).isEqualTo(204);

    // Not sent yet: everyone (the secretariat too) sees version 1 as it was sent.
    for (String user : new String[] {null, "lone.berg", "karen.lund"}) {
      WebappSession session = user == null ? null : new WebappSession(http).logIn(user);
      String page = page(session, "/moeder/" + ffu).getBody();
      assertThat(page).as(user).contains("href=\"/sager/" + plan + "\"", PLAN_TITLE, "href=\"/sager/" + budget + "\"")
          .doesNotContain("href=\"/sager/" + late + "\"").doesNotContain(LATE_TITLE).doesNotContain("Notat fra KKR");
      assertThat(page(session, "/sager/" + late).getStatusCode().value()).as(user).isEqualTo(404);
      assertThat(page(session, "/sager/" + late + "/bilag/1").getStatusCode().value()).as(user).isEqualTo(404);
      assertThat(page(session, "/soeg?q=genoptræningsplaner").getBody()).as(user)
          .doesNotContain("href=\"/sager/" + late + "\"");
      ResponseEntity<String> withdrawn = page(session, "/sager/" + plan);
      assertThat(withdrawn.getStatusCode().value()).as(user).isEqualTo(200);
      assertThat(withdrawn.getBody()).as(user).contains(PLAN_TITLE, "href=\"/moeder/" + ffu + "#punkt-");
    }

    assertThat(api.post(base + "/revisions", "karen.lund", Map.of("note", "Tillægspunkt; handleplanen udgår."))
        .getStatusCode().value()).isEqualTo(201);

    // Version 2 is sent: the late item with its bilag is there, the withdrawn item only in the list of changes.
    for (String user : new String[] {null, "lone.berg"}) {
      WebappSession session = user == null ? null : new WebappSession(http).logIn(user);
      String page = page(session, "/moeder/" + ffu).getBody();
      // Bilag are numbered across the meeting in the text ("Bilag 2"), but each links by its number within its item.
      assertThat(page).as(user).contains("href=\"/sager/" + budget + "/bilag/1\"",
          "href=\"/sager/" + late + "/bilag/1\"", "Bilag 1: ", "Bilag 2: ").doesNotContain("/bilag/2\"");
      assertThat(page).as(user).contains("href=\"/sager/" + late + "\"", LATE_TITLE, "Notat fra KKR",
              "Ændringer siden version 1", "Udgået punkt:")
          .doesNotContain("href=\"/sager/" + plan + "\"");
      ResponseEntity<String> passport = page(session, "/sager/" + late);
      assertThat(passport.getStatusCode().value()).as(user).isEqualTo(200);
      assertThat(passport.getBody()).as(user).contains(LATE_TITLE, "href=\"/moeder/" + ffu + "#punkt-");
      assertThat(page(session, "/sager/" + late + "/bilag/1").getStatusCode().value()).as(user).isEqualTo(200);
      assertThat(page(session, "/sager/" + plan).getStatusCode().value()).as(user).isEqualTo(404);
      assertThat(page(session, "/soeg?q=genoptræningsplaner").getBody()).as(user)
          .contains("href=\"/sager/" + late + "\"");
    }
  }

  @Test
  void aClosedItemWithdrawnAfterTheAgendaWasSentKeepsItsConfidentialWordsFromThePublic() throws Exception {
    ClosedCase c = closedCases.toMeeting(CLOSED_MEETING, MARKER);
    String meetingId = c.meetingId();
    // The withdrawn item goes to this meeting's pipeline, not to other tests' FFU meetings.
    testMeetings.create("ffu", CLOSED_MEETING.plusMonths(1));
    String base = "/api/meetings/" + meetingId + "/agenda";
    assertThat(api.post(base + "/withdrawals", "karen.lund", Map.of("itemId", c.closedItem(), "reason",
        "Klagen er trukket tilbage.")).getStatusCode().value()).isEqualTo(204);

    // Until the revised agenda is sent the closed item is on the page, in its public wording only.
    assertThat(page(null, "/moeder/" + meetingId).getBody()).contains(ClosedItemCases.PUBLIC_TITLE)
        .doesNotContain(MARKER);
    assertThat(pdf("/moeder/" + meetingId + "/dagsorden.pdf?version=1")).contains(ClosedItemCases.PUBLIC_TITLE)
        .doesNotContain(MARKER);

    assertThat(api.post(base + "/revisions", "karen.lund", Map.of("note", "Klagen udgår."))
        .getStatusCode().value()).isEqualTo(201);
    // Version 1 still names it: its public PDF, and "what changed" by the public title.
    assertThat(page(null, "/moeder/" + meetingId).getBody()).contains("Udgået punkt:", ClosedItemCases.PUBLIC_TITLE)
        .doesNotContain(MARKER);
    assertThat(pdf("/moeder/" + meetingId + "/dagsorden.pdf?version=1")).doesNotContain(MARKER);
    // A member reads it in full.
    WebappSession member = new WebappSession(http).logIn("lone.berg");
    assertThat(page(member, "/moeder/" + meetingId).getBody()).contains(MARKER);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  ResponseEntity<String> page(WebappSession session, String path) {
    if (session != null) {
      return session.exchange(HttpMethod.GET, path, null, null);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  String pdf(String path) throws Exception {
    ResponseEntity<byte[]> answer = http.getForEntity(path, byte[].class);
    assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(answer.getBody())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
