package dk.nordjylland.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.invitation.Invitations;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.meeting.AgendaPublished;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.WebappSession;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17 points 2 and 8 on the meeting page (ADR 0057): every published version of the agenda with what changed
 * since the version before, said in words; a version from before snapshots says its changes cannot be shown; "Føj
 * mødet til din kalender": the members' own invitation for a member, a plain event without attendees for everyone
 * else, nothing for whom may not read the forum. Meetings of their own in 2197.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalVersionsTest {

  static final LocalDateTime FFU_MEETING = LocalDateTime.of(2197, 3, 11, 9, 0);

  @Autowired TestRestTemplate http;
  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired Items items;
  @Autowired ApplicationEventPublisher events; // a second agenda, as the cycle publishes one
  @Autowired JdbcClient jdbc;

  String ffu;
  String fu;
  long budget;
  long plan;

  @BeforeAll
  void meetings() {
    Clock.set(FFU_MEETING.minusDays(40));
    ffu = run.start("ffu", FFU_MEETING);
    budget = cases.propose("ffu", ffu, "Godkendelse: Budget 2198", null);
    plan = cases.propose("ffu", ffu, "Drøftelse: Handleplan for demens", null);
    run.toMeeting(ffu);
    fu = run.start("fu", FFU_MEETING.plusDays(2));
    run.toMeeting(fu);
  }

  @AfterAll
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theMeetingPageListsEveryVersionWithWhatChangedSinceTheOneBefore() {
    // After version 1 was sent: the plan moves above the budget, the budget's resumé is rewritten, the plan gets a
    // bilag.
    int budgetAt = position(budget);
    int planAt = position(plan);
    setPosition(budget, 999);
    setPosition(plan, budgetAt);
    setPosition(budget, planAt);
    jdbc.sql("update gov_item set summary = ? where id = ?").params("Budgettet er rettet efter KKR's møde.", budget)
        .update();
    cases.attach(plan, "Handleplan, udkast 2");
    events.publishEvent(new AgendaPublished(ffu));

    String page = page(null, "/moeder/" + ffu).getBody();
    assertThat(page).contains("Dagsorden, version 1 (PDF", "Dagsorden, version 2 (PDF", "dagsorden.pdf?version=2",
        "Ændringer siden version 1", "<strong>Flyttet:</strong>", "<strong>Ændret tekst:</strong>",
        "Punkt " + budgetAt + ": Drøftelse: Handleplan for demens (før punkt " + planAt + ")",
        "Punkt " + planAt + ": Godkendelse: Budget 2198: resumé",
        "<strong>Bilag:</strong>", "Punkt " + budgetAt + ": Drøftelse: Handleplan for demens: tilføjet"
            + " &quot;Handleplan, udkast 2&quot;")
        .doesNotContain("Ændringer kan ikke vises");
    // The changes are under version 2, after its link, not under version 1.
    assertThat(page.indexOf("Ændringer siden version 1")).isGreaterThan(page.indexOf("Dagsorden, version 2 (PDF"));

    // A version stored before snapshots were kept: its changes cannot be shown, and the page says so.
    jdbc.sql("update gov_document set snapshot = null where meeting_id = ? and kind = 'AGENDA' and version = 1")
        .param(ffu).update();
    assertThat(page(null, "/moeder/" + ffu).getBody())
        .contains("Ændringer siden version 1", "Ændringer kan ikke vises for denne version.")
        .doesNotContain("<strong>Flyttet:</strong>");
  }

  @Test
  void thePublicGetsAPlainEventAndAMemberTheInvitationSentByMail() {
    assertThat(page(null, "/moeder/" + ffu).getBody()).contains("Føj mødet til din kalender",
        "href=\"/moeder/" + ffu + "/kalender.ics\"");

    ResponseEntity<String> plain = page(null, "/moeder/" + ffu + "/kalender.ics");
    assertThat(plain.getStatusCode().value()).isEqualTo(200);
    assertThat(plain.getHeaders().getContentType().toString()).startsWith("text/calendar");
    String publicIcs = plain.getBody().replace("\r\n ", "");
    assertThat(publicIcs).contains("METHOD:PUBLISH", "BEGIN:VEVENT", "UID:" + ffu + ".kalender@", "/moeder/" + ffu)
        .doesNotContain("ATTENDEE").doesNotContain("ORGANIZER").doesNotContain("@example.dk");
    assertThat(publicIcs.split("BEGIN:VEVENT", -1)).hasSize(2);

    WebappSession member = new WebappSession(http).logIn("lone.berg");
    String invitation = page(member, "/moeder/" + ffu + "/kalender.ics").getBody().replace("\r\n ", "");
    assertThat(invitation).contains("METHOD:REQUEST", "UID:" + Invitations.uid(ffu), "ATTENDEE");

    // A process owner is no member: the plain event, no names or addresses.
    WebappSession owner = new WebappSession(http).logIn("ida.winther");
    assertThat(page(owner, "/moeder/" + ffu + "/kalender.ics").getBody()).contains("METHOD:PUBLISH")
        .doesNotContain("ATTENDEE");
  }

  @Test
  void anInternalForumsMeetingHasNoCalendarFileForThoseWhoMayNotReadIt() {
    for (String user : new String[] {null, "lone.berg"}) {
      WebappSession session = user == null ? null : new WebappSession(http).logIn(user);
      ResponseEntity<String> answer = page(session, "/moeder/" + fu + "/kalender.ics");
      assertThat(answer.getStatusCode().value()).as(user).isEqualTo(404);
      assertThat(answer.getBody()).as(user).contains("Siden findes ikke").doesNotContain("BEGIN:VCALENDAR");
    }
    WebappSession fuChair = new WebappSession(http).logIn("morten.lykke");
    assertThat(page(fuChair, "/moeder/" + fu + "/kalender.ics").getBody()).contains("METHOD:REQUEST", "ATTENDEE");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  int position(long itemId) {
    return items.agenda(ffu).stream().filter(e -> e.itemId() == itemId).findFirst().orElseThrow().position();
  }

  void setPosition(long itemId, int position) {
    jdbc.sql("update gov_agenda_entry set position = ? where meeting_id = ? and item_id = ?")
        .params(position, ffu, itemId).update();
  }

  ResponseEntity<String> page(WebappSession session, String path) {
    if (session != null) {
      return session.exchange(HttpMethod.GET, path, null, null);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
