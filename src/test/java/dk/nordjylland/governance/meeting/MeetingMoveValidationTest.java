package dk.nordjylland.governance.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * POST /api/meetings/{id}/move refuses implausible new times with a Danish 400 (the past, beyond the configured
 * horizon, year 9999, a weekend or holiday, on top of another meeting of the same forum), changes nothing and mails
 * nobody; an accepted move mails the members once. karen.lund is FFU's secretariat.
 */
@GovernanceTest
class MeetingMoveValidationTest {

  /** Thursday 9 March 2034, 10:00; far from the meetings other test classes use. */
  static final LocalDateTime MEETING = LocalDateTime.of(2034, 3, 9, 10, 0);

  @Autowired ApiClient api;
  @Autowired TestMeetings testMeetings;
  @Autowired Meetings meetings;
  @Autowired JdbcClient jdbc;
  final ObjectMapper json = new ObjectMapper();

  String meetingId;

  @BeforeEach
  void setUp() {
    Clock.set(LocalDateTime.of(2034, 2, 1, 9, 0));
    meetingId = testMeetings.create("ffu", MEETING);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aMoveToYear9999IsRefused() throws Exception {
    assertRefused(LocalDateTime.of(9999, 3, 9, 10, 0), "Et møde kan højst flyttes 3 år frem");
  }

  @Test
  void aMoveBeyondTheConfiguredHorizonIsRefused() throws Exception {
    // 1 February 2034 + 3 years: 1 February 2037; Tuesday 3 February 2037 is a working day but too far.
    assertRefused(LocalDateTime.of(2037, 2, 3, 10, 0), "Et møde kan højst flyttes 3 år frem");
  }

  @Test
  void aMoveIntoThePastIsRefused() throws Exception {
    assertRefused(LocalDateTime.of(2034, 1, 16, 10, 0), "Et møde kan ikke flyttes til et tidspunkt, der er gået.");
  }

  @Test
  void aMoveOntoAHolidayIsRefusedNamingTheHoliday() throws Exception {
    assertRefused(LocalDateTime.of(2034, 12, 25, 10, 0),
        "Mødet kan ikke flyttes til mandag den 25. december 2034: dagen er juledag og ikke en arbejdsdag.");
    assertRefused(LocalDateTime.of(2034, 6, 5, 10, 0), "dagen er grundlovsdag og ikke en arbejdsdag.");
    assertRefused(LocalDateTime.of(2034, 3, 11, 10, 0), "dagen er en lørdag og ikke en arbejdsdag.");
  }

  @Test
  void aMoveOntoAnotherMeetingOfTheSameForumIsRefusedButAnotherForumsMeetingDoesNotCount() throws Exception {
    LocalDateTime taken = LocalDateTime.of(2034, 3, 14, 10, 0);
    testMeetings.create("ffu", taken);
    assertRefused(taken.plusHours(1), "Forummet har allerede et møde på det tidspunkt: Fælles Forretningsudvalg,"
        + " tirsdag den 14. marts 2034 kl. 10.00.");

    String ssuMeeting = testMeetings.create("ssu", LocalDateTime.of(2034, 3, 16, 10, 0));
    ResponseEntity<String> moved = move(ssuMeeting, taken, taken.plusHours(2), "admin");
    assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
  }

  @Test
  void anAcceptedMoveMailsTheMembersOnce() throws Exception {
    LocalDateTime newStart = LocalDateTime.of(2034, 3, 15, 13, 0);
    ResponseEntity<String> moved = move(meetingId, newStart, newStart.plusHours(2), "karen.lund");
    assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
    assertThat(meetings.get(meetingId).startsAt()).isEqualTo(newStart);
    assertThat(movedMails()).isEqualTo(1);
  }

  private void assertRefused(LocalDateTime startsAt, String message) throws Exception {
    ResponseEntity<String> refused = move(meetingId, startsAt, startsAt.plusHours(2), "karen.lund");
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    JsonNode problem = json.readTree(refused.getBody());
    assertThat(problem.get("title").asText()).isEqualTo("Ugyldige oplysninger");
    assertThat(problem.get("detail").asText()).contains(message);
    assertThat(meetings.get(meetingId).startsAt()).isEqualTo(MEETING);
    assertThat(movedMails()).isZero();
  }

  private ResponseEntity<String> move(String meeting, LocalDateTime startsAt, LocalDateTime endsAt, String user) {
    return api.post("/api/meetings/" + meeting + "/move", user,
        Map.of("startsAt", startsAt.toString(), "endsAt", endsAt.toString()));
  }

  private long movedMails() {
    return jdbc.sql("select count(*) from gov_notification where meeting_id = ? and kind = 'MEETING_MOVED'")
        .param(meetingId).query(Long.class).single();
  }
}
