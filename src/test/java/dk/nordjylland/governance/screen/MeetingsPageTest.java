package dk.nordjylland.governance.screen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Møder" (issue 15): the secretariat's page of its forums' meetings, posted as the browser does. Create an extra
 * meeting and register a past one (forum by name, date dd-mm-åååå), cancel one with a reason and a confirmation;
 * a bad date or a missing confirmation is refused on the field, nothing saved; a member plans nothing.
 */
@GovernanceTest
class MeetingsPageTest {

  static final String PAGE = "/screens/meetings";

  @Autowired TestRestTemplate http;
  @Autowired Meetings meetings;
  @Autowired MeetingRun run;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theSecretariatSeesItsForumsByNameAndCreatesAnExtraMeeting() {
    Clock.set(LocalDateTime.of(2061, 1, 10, 9, 0));
    ScreenClient secretariat = new ScreenClient(http, "karen.lund");

    ResponseEntity<String> page = secretariat.get(PAGE);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("<html lang=\"da\"", "<h1>Møder</h1>", "Opret et ekstraordinært møde",
        "Registrér et tidligere møde", "<option value=\"ffu\">Fælles Forretningsudvalg</option>",
        "Registrér fremmøde og beslutninger", "Kun registreret (ingen opgaver)", "name=\"_csrf\"");

    ResponseEntity<String> created = secretariat.post(PAGE, Map.of("action", "new", "new-forum", "ffu",
        "new-date", "08-02-2061", "new-time", "13.00", "new-place", "Aalborg Rådhus, lokale 2"));

    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(303);
    assertThat(meetings.get("ffu-2061-02-08-extra").place()).isEqualTo("Aalborg Rådhus, lokale 2");
    assertThat(meetings.get("ffu-2061-02-08-extra").startsAt()).isEqualTo(LocalDateTime.of(2061, 2, 8, 13, 0));
    ResponseEntity<String> list = secretariat.follow(created);
    assertThat(list.getBody()).contains("Mødet er gemt: Fælles Forretningsudvalg, tirsdag den 8. februar 2061 kl. 13.00.")
        .contains("Aalborg Rådhus, lokale 2").contains("Indkaldelse af punkter");
    // What the secretariat plans comes first: FFU's coming meetings, soonest at the top, then the earlier ones.
    String ffu = list.getBody().substring(list.getBody().indexOf("<h2>Fælles Forretningsudvalg</h2>"));
    int coming = ffu.indexOf("<h3>Kommende møder</h3>");
    int earlier = ffu.indexOf("<h3>Tidligere møder</h3>");
    assertThat(coming).isNotNegative().isLessThan(earlier);
    assertThat(ffu.substring(coming, earlier)).contains("tirsdag den 8. februar 2061").doesNotContain(" 2025 kl.");
    assertThat(ffu.substring(earlier)).contains(" 2025 kl.");
  }

  @Test
  void aBadDateIsRefusedOnItsFieldAndNothingIsSaved() {
    Clock.set(LocalDateTime.of(2062, 1, 10, 9, 0));
    long before = jdbc.sql("select count(*) from gov_meeting").query(Long.class).single();

    ResponseEntity<String> refused = new ScreenClient(http, "karen.lund").post(PAGE, Map.of("action", "new",
        "new-forum", "ffu", "new-date", "31-02-2062", "new-time", "25.00"));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("id=\"new-date-fejl\"", "id=\"new-time-fejl\"")
        .contains("aria-describedby=\"new-date-fejl new-date-hint\"")
        .contains("value=\"31-02-2062\"").contains("25.00 er ikke et klokkeslæt");
    assertThat(jdbc.sql("select count(*) from gov_meeting").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void aPastMeetingIsRegisteredAtTheChosenStep() {
    Clock.set(LocalDateTime.of(2063, 3, 10, 9, 0));

    ResponseEntity<String> registered = new ScreenClient(http, "karen.lund").post(PAGE, Map.of("action", "past",
        "past-forum", "ffu", "past-date", "06-02-2063", "past-time", "13.00", "past-startAt", "registered"));

    assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(303);
    assertThat(meetings.get("ffu-2063-02-06-archive").status()).isEqualTo(MeetingStatus.COMPLETED);
    assertThat(new ScreenClient(http, "karen.lund").follow(registered).getBody())
        .contains("Afsluttet (tidligere møde)");
  }

  @Test
  void aMeetingIsCancelledWithAReasonAndAConfirmation() {
    LocalDateTime at = LocalDateTime.of(2064, 3, 6, 12, 0);
    Clock.set(at.minusDays(40));
    String meeting = run.start("ffu", at);
    ScreenClient secretariat = new ScreenClient(http, "karen.lund");
    assertThat(secretariat.get(PAGE).getBody()).contains("href=\"/screens/meetings/" + meeting + "\"");

    ResponseEntity<String> unconfirmed = secretariat.post(PAGE + "/" + meeting, Map.of("action", "cancel",
        "cancel-reason", "Ingen sager."));
    assertThat(unconfirmed.getStatusCode().value()).isEqualTo(400);
    assertThat(unconfirmed.getBody()).contains("id=\"cancel-confirm-fejl\"")
        .contains("Sæt kryds for at bekræfte, at mødet skal aflyses.").contains("Ingen sager.")
        // The move form next to it is left as first shown, with the meeting's date.
        .contains("value=\"06-03-2064\"");
    assertThat(meetings.get(meeting).status()).isEqualTo(MeetingStatus.CALL_FOR_ITEMS);

    ResponseEntity<String> cancelled = secretariat.post(PAGE + "/" + meeting, Map.of("action", "cancel",
        "cancel-reason", "Ingen sager.", "cancel-confirm", "true"));

    assertThat(cancelled.getStatusCode().value()).as(cancelled.getBody()).isEqualTo(303);
    assertThat(meetings.get(meeting).status()).isEqualTo(MeetingStatus.CANCELLED);
    assertThat(secretariat.follow(cancelled).getBody()).contains("Mødet er ændret: Fælles Forretningsudvalg")
        .contains("Aflyst");
  }

  @Test
  void theTasklistsTopBarLinksToThePage() {
    ScreenClient secretariat = new ScreenClient(http, "karen.lund");
    assertThat(secretariat.get("/camunda/app/tasklist/scripts/config.js").getBody())
        .contains("customScripts: ['scripts/governance-forms', 'scripts/governance-meetings']");
    assertThat(secretariat.get("/camunda/app/tasklist/scripts/governance-meetings.js").getBody())
        .contains("pluginPoint: 'tasklist.navbar.action'", "const MEETINGS = '/screens/meetings';",
            "link.textContent = 'Møder';");
  }

  @Test
  void aMemberPlansNoMeetingsAndCannotOpenOne() {
    LocalDateTime at = LocalDateTime.of(2065, 3, 5, 12, 0);
    Clock.set(at.minusDays(40));
    String meeting = run.start("ffu", at);
    ScreenClient member = new ScreenClient(http, "lone.berg");

    assertThat(member.get(PAGE).getBody()).contains("Du planlægger ikke møder i noget forum.")
        .doesNotContain("Opret et ekstraordinært møde");
    ResponseEntity<String> post = member.post(PAGE + "/" + meeting, Map.of("action", "cancel",
        "cancel-reason", "Ingen sager.", "cancel-confirm", "true"));
    assertThat(post.getStatusCode().value()).isEqualTo(404);
    assertThat(meetings.get(meeting).status()).isEqualTo(MeetingStatus.CALL_FOR_ITEMS);
  }
}
