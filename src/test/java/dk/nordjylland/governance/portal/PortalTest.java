package dk.nordjylland.governance.portal;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.ForwardedCases.ForwardedCase;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.TestMeetings;
import dk.nordjylland.governance.support.WebappSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
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
 * The meeting portal (issue 17, ADR 0049) over HTTP as a browser reads it: who sees which forum, meeting, agenda,
 * minutes and case passport (the public, a member through the Tasklist's session, a process owner), drafts never
 * shown, an item's path from FFU to SSF, the forum's calendar feed and Danish 404 pages. Meetings of their own in 2180.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalTest {

  static final LocalDateTime FFU_MEETING = LocalDateTime.of(2180, 3, 12, 9, 0);
  static final LocalDateTime SSF_MEETING = LocalDateTime.of(2180, 4, 23, 13, 0);
  static final String DRAFT_MARKER = "KLADDEMARKOER";

  @Autowired TestRestTemplate http;
  @Autowired MeetingRun run;
  @Autowired TestMeetings testMeetings;
  @Autowired ForwardedCases cases;
  @Autowired ProcessEngine engine;
  @Autowired Items items;
  @Autowired JdbcClient jdbc;
  final ObjectMapper json = new ObjectMapper();

  String ffuHeld;
  String ssfHeld;
  String fuHeld;
  String ffuRecorded;
  String ffuNotSent;
  String ffuCancelled;
  long forwarded;
  long recordedItem;
  long unsentItem;

  @BeforeAll
  void meetings() throws Exception {
    // FFU forwards an osteoporosis agreement to SSF, which approves it.
    ForwardedCase forwardedCase = cases.ffuToSsf(FFU_MEETING, SSF_MEETING,
        "Godkendelse: Samarbejdsaftale om osteoporose", "1-01-72-1044-24");
    ffuHeld = forwardedCase.ffuMeetingId();
    ssfHeld = forwardedCase.ssfMeetingId();
    forwarded = forwardedCase.itemId();

    // An internal forum's held meeting.
    Clock.set(FFU_MEETING.minusDays(40));
    fuHeld = run.start("fu", FFU_MEETING.plusDays(1));
    run.hold(fuHeld);

    // An FFU meeting held and recorded, its minutes not yet approved: the decisions are a draft.
    ffuRecorded = run.start("ffu", FFU_MEETING.plusDays(7));
    recordedItem = cases.propose("ffu", ffuRecorded, "Drøftelse: Udkast til handleplan", null);
    run.toMeeting(ffuRecorded);
    record(ffuRecorded, DRAFT_MARKER);

    // An FFU meeting whose agenda is not sent yet.
    ffuNotSent = run.start("ffu", FFU_MEETING.plusDays(14));
    unsentItem = cases.propose("ffu", ffuNotSent, "Orientering: Endnu ikke udsendt", null);
    cases.attach(unsentItem, "Ikke udsendt bilag");
    run.toAgendaApproval(ffuNotSent);

    ffuCancelled = testMeetings.create("ffu", FFU_MEETING.plusDays(21));
    jdbc.sql("update gov_meeting set status = 'CANCELLED' where id = ?").param(ffuCancelled).update();
    Clock.set(FFU_MEETING.plusDays(10));
  }

  @AfterAll
  void resetClock() {
    Clock.reset();
  }

  // ------------------------------------------------------------------------------------------------ the tests

  @Test
  void thePublicSeesThePublicForumsOnlyAndAnInternalForumIsADanish404() {
    String front = page(null, "/").getBody();
    assertThat(front).contains("lang=\"da\"", "Fælles Forretningsudvalg", "Strategisk Sundhedsforum",
        "Sundhedssamarbejdsudvalget", "Log ind").doesNotContain("Sundhedsdirektørernes Forretningsudvalg");

    ResponseEntity<String> fu = page(null, "/fora/fu");
    assertThat(fu.getStatusCode().value()).isEqualTo(404);
    assertThat(fu.getBody()).contains("Siden findes ikke", "Forummet findes ikke.");
    assertThat(page(null, "/moeder/" + fuHeld).getStatusCode().value()).isEqualTo(404);
    assertThat(page(null, "/moeder/" + fuHeld + "/referat.pdf").getStatusCode().value()).isEqualTo(404);
    assertThat(page(null, "/fora/fu/kalender.ics").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void anInternalForumIsSeenByItsMembersAndByProcessOwners() {
    WebappSession chair = new WebappSession(http).logIn("morten.lykke");
    String front = page(chair, "/").getBody();
    assertThat(front).contains("Sundhedsdirektørernes Forretningsudvalg", "Logget ind som", "Morten");
    ResponseEntity<String> minutes = page(chair, "/moeder/" + fuHeld);
    assertThat(minutes.getStatusCode().value()).isEqualTo(200);
    assertThat(minutes.getBody()).contains("<h2>Referat</h2>", "Nyt fra KKR");

    WebappSession owner = new WebappSession(http).logIn("ida.winther");
    assertThat(page(owner, "/fora/fu").getStatusCode().value()).isEqualTo(200);
    assertThat(page(owner, "/moeder/" + fuHeld + "/referat.pdf").getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PDF);

    // An FFU member is no member of FU.
    WebappSession ffuMember = new WebappSession(http).logIn("lone.berg");
    assertThat(page(ffuMember, "/fora/fu").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theApprovedMinutesShowEveryPartOfAnItemWithLinksToTheCaseAndEveryPublishedPdf() {
    ResponseEntity<String> meeting = page(null, "/moeder/" + ffuHeld);
    assertThat(meeting.getStatusCode().value()).isEqualTo(200);
    assertThat(meeting.getBody()).contains("<h2>Referat</h2>", "Samarbejdsaftale om osteoporose",
        "Sagsnr. <span>1-01-72-1044-24</span>", "Resumé", ForwardedCases.SUMMARY, "Indstilling",
        "Sendt videre", ForwardedCases.FFU_DECISION, "/sager/" + forwarded,
        "/moeder/" + ffuHeld + "/dagsorden.pdf?version=1", "/moeder/" + ffuHeld + "/referat.pdf?version=1",
        "Deltagere", "Afbud");
    ResponseEntity<String> pdf = page(null, "/moeder/" + ffuHeld + "/referat.pdf?version=1");
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
  }

  @Test
  void theCasePassportFollowsTheItemFromFfuToSsfWithTheDecisionInEach() {
    String passport = page(null, "/sager/" + forwarded).getBody();
    assertThat(passport).contains("Sagspas", "1-01-72-1044-24", "Godkendelse",
        "/moeder/" + ffuHeld + "#punkt-", "/moeder/" + ssfHeld + "#punkt-",
        "Sendt videre til <a href=\"/moeder/" + ssfHeld + "\">Strategisk Sundhedsforum</a>", "Godkendt");
    assertThat(passport.indexOf("Møde i Fælles Forretningsudvalg"))
        .isLessThan(passport.indexOf("Møde i Strategisk Sundhedsforum")).isPositive();
    // ... and the SSF minutes link back to the case.
    assertThat(page(null, "/moeder/" + ssfHeld).getBody()).contains("/sager/" + forwarded);
  }

  @Test
  void anAttachmentIsServedWhereItsItemStoodOnASentAgendaAndNotBefore() {
    ResponseEntity<byte[]> file = http.getForEntity("/sager/" + forwarded + "/bilag/1", byte[].class);
    assertThat(file.getStatusCode().value()).isEqualTo(200);
    assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(new String(file.getBody(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(page(null, "/moeder/" + ffuHeld).getBody()).contains("/sager/" + forwarded + "/bilag/1",
        ForwardedCases.ATTACHMENT);

    WebappSession member = new WebappSession(http).logIn("lone.berg");
    for (WebappSession session : new WebappSession[] {null, member}) {
      assertThat(page(session, "/sager/" + unsentItem + "/bilag/1").getStatusCode().value()).isEqualTo(404);
    }
  }

  @Test
  void recordedDecisionsAreNeverShownBeforeTheMinutesAreApprovedNotEvenToMembersOrOwners() {
    for (String user : new String[] {null, "lone.berg", "ida.winther"}) {
      WebappSession session = user == null ? null : new WebappSession(http).logIn(user);
      ResponseEntity<String> meeting = page(session, "/moeder/" + ffuRecorded);
      assertThat(meeting.getStatusCode().value()).isEqualTo(200);
      assertThat(meeting.getBody()).as(user).contains("Udkast til handleplan", "<h2>Dagsorden</h2>")
          .doesNotContain(DRAFT_MARKER).doesNotContain("referat.pdf");
      ResponseEntity<String> passport = page(session, "/sager/" + recordedItem);
      assertThat(passport.getBody()).as(user).contains("afventer godkendt referat").doesNotContain(DRAFT_MARKER);
      assertThat(page(session, "/moeder/" + ffuRecorded + "/referat.pdf").getStatusCode().value()).isEqualTo(404);
    }
  }

  @Test
  void anAgendaNotSentYetIsNotShownAndItsItemsHaveNoPassport() {
    WebappSession member = new WebappSession(http).logIn("lone.berg");
    for (WebappSession session : new WebappSession[] {null, member}) {
      ResponseEntity<String> meeting = page(session, "/moeder/" + ffuNotSent);
      assertThat(meeting.getStatusCode().value()).isEqualTo(200);
      assertThat(meeting.getBody()).contains("Der er ikke udsendt en dagsorden").doesNotContain("Endnu ikke udsendt");
      assertThat(page(session, "/sager/" + unsentItem).getStatusCode().value()).isEqualTo(404);
      assertThat(page(session, "/moeder/" + ffuNotSent + "/dagsorden.pdf").getStatusCode().value()).isEqualTo(404);
    }
  }

  @Test
  void theForumPageShowsItsPeopleByRoleAndItsYearWithCancelledMeetingsMarkedInWords() {
    String forum = page(null, "/fora/ffu").getBody();
    assertThat(forum).contains("<h3>Medlemmer</h3>", "<h3>Sekretariat</h3>", "Lone Berg", "Årshjul",
        "/moeder/" + ffuHeld, "/moeder/" + ffuCancelled, "<strong>Aflyst</strong>", "/fora/ffu/kalender.ics")
        .doesNotContain("@example.dk");
  }

  @Test
  void theCalendarFeedHasEveryMeetingOfTheForumWithCancelledOnesCancelled() {
    ResponseEntity<String> feed = page(null, "/fora/ffu/kalender.ics");
    assertThat(feed.getStatusCode().value()).isEqualTo(200);
    assertThat(feed.getHeaders().getContentType().toString()).startsWith("text/calendar");
    String ics = feed.getBody().replace("\r\n ", "");
    assertThat(ics).contains("METHOD:PUBLISH", "X-WR-CALNAME:Fælles Forretningsudvalg",
        "UID:" + ffuHeld + ".kalender@", "/moeder/" + ffuHeld, "UID:" + ffuCancelled + ".kalender@")
        .doesNotContain("ATTENDEE").doesNotContain("ssf-test");
    String cancelled = ics.substring(ics.indexOf("UID:" + ffuCancelled));
    cancelled = cancelled.substring(0, cancelled.indexOf("END:VEVENT"));
    String held = ics.substring(ics.indexOf("UID:" + ffuHeld));
    held = held.substring(0, held.indexOf("END:VEVENT"));
    assertThat(ics.substring(ics.lastIndexOf("BEGIN:VEVENT", ics.indexOf("UID:" + ffuCancelled))))
        .contains("STATUS:CANCELLED");
    assertThat(held).doesNotContain("STATUS:CANCELLED");
  }

  @Test
  void unknownIdsAnswerADanish404Page() {
    for (String path : List.of("/moeder/findes-ikke", "/sager/999999999", "/sager/ikke-et-tal", "/fora/findes-ikke",
        "/sager/" + forwarded + "/bilag/9")) {
      ResponseEntity<String> answer = page(null, path);
      assertThat(answer.getStatusCode().value()).as(path).isEqualTo(404);
      assertThat(answer.getHeaders().getContentType().toString()).as(path).startsWith("text/html");
      // The id is not echoed; only the login link carries the page's own path back (ADR 0062), URL-encoded.
      String body = answer.getBody().replace("tilbage=" + URLEncoder.encode(path, StandardCharsets.UTF_8), "");
      assertThat(body).as(path).contains("lang=\"da\"", "Siden findes ikke")
          .doesNotContainIgnoringCase("exception").doesNotContain("999999999");
    }
  }

  @Test
  void onlyThePortalsReadingIsOpenTheRestStaysBehindTheLogin() {
    assertThat(send(HttpMethod.POST, "/fora/ffu").getStatusCode().value()).isEqualTo(401);
    assertThat(send(HttpMethod.GET, "/api/forums").getStatusCode().value()).isEqualTo(401);
    assertThat(send(HttpMethod.GET, "/api/meetings/" + ffuHeld + "/documents/minutes.pdf").getStatusCode().value())
        .isEqualTo(401);
    ResponseEntity<String> front = page(null, "/");
    assertThat(front.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'none'");
    // Reading the portal opens no session: nothing stored per visitor, nothing to track them by.
    assertThat(front.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
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

  ResponseEntity<String> send(HttpMethod method, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return http.exchange(path, method, new HttpEntity<>(headers), String.class);
  }

  /** The secretariat records the meeting: the decision text is a draft until the chair approves the minutes. */
  void record(String meetingId, String decisionText) throws Exception {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(RECORD_MEETING).singleResult();
    List<DecisionInput> decisions = items.agenda(meetingId).stream()
        .map(e -> new DecisionInput(e.itemId(), Outcome.DISCUSSED, decisionText, null, null, null, null, null))
        .toList();
    engine.getTaskService().complete(task.getId(), Map.of("decisions", json.writeValueAsString(decisions)));
  }
}
