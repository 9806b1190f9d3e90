package dk.nordjylland.governance.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/actions: by meeting or item, one action, Danish errors, authentication. */
@GovernanceTest
class ActionControllerTest {

  @Autowired TestRestTemplate http;
  @Autowired TestMeetings testMeetings;
  @Autowired FollowUps followUps;
  final ObjectMapper json = new ObjectMapper();

  String meetingId;
  long item = 900_000_000L + System.nanoTime() % 1_000_000L;
  long actionId;
  long reservationId;

  @BeforeEach
  void setUp() {
    Clock.set(LocalDateTime.of(2025, 9, 1, 9, 0));
    meetingId = testMeetings.create("ffu", LocalDateTime.of(2025, 8, 22, 12, 0));
    actionId = followUps.startAction(item, meetingId, "Sekretariatet indhenter svar fra Klynge Vest.", "karen.lund",
        LocalDate.of(2025, 9, 15));
    reservationId = followUps.startReservation(null, meetingId, "Forbehold for PLO-Nordjyllands formandskabs "
        + "godkendelse.", "plo-chairmanship", LocalDate.of(2025, 10, 1));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  ResponseEntity<String> get(String path, String user) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, user.equals("admin") ? "test-admin" : "test");
    }
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  @Test
  void listsTheActionsOfAMeeting() throws Exception {
    ResponseEntity<String> response = get("/api/actions?meeting=" + meetingId, "karen.lund");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode list = body(response);
    assertThat(list).hasSize(2);
    JsonNode action = list.get(0);
    assertThat(action.get("id").asLong()).isEqualTo(actionId);
    assertThat(action.get("itemId").asLong()).isEqualTo(item);
    assertThat(action.get("meetingId").asText()).isEqualTo(meetingId);
    assertThat(action.get("forumId").asText()).isEqualTo("ffu");
    assertThat(action.get("kind").asText()).isEqualTo("ACTION");
    assertThat(action.get("status").asText()).isEqualTo("OPEN");
    assertThat(action.get("ownerUser").asText()).isEqualTo("karen.lund");
    assertThat(action.get("ownerGroup").asText()).isEqualTo("ffu-secretariat");
    assertThat(action.get("dueDate").asText()).isEqualTo("2025-09-15");
    assertThat(action.get("processInstanceId").asText()).isNotBlank();
    JsonNode reservation = list.get(1);
    assertThat(reservation.get("kind").asText()).isEqualTo("RESERVATION");
    assertThat(reservation.get("ownerGroup").asText()).isEqualTo("plo-chairmanship");
    assertThat(reservation.get("ownerUser").isNull()).isTrue();
  }

  @Test
  void listsTheActionsOfAnItem() throws Exception {
    ResponseEntity<String> response = get("/api/actions?item=" + item, "lone.berg");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(response)).singleElement().satisfies(a -> assertThat(a.get("id").asLong()).isEqualTo(actionId));
  }

  @Test
  void getsOneAction() throws Exception {
    ResponseEntity<String> response = get("/api/actions/" + reservationId, "admin");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(response).get("description").asText()).startsWith("Forbehold for PLO-Nordjyllands");
  }

  @Test
  void anUnknownActionIs404WithADanishDetail() throws Exception {
    ResponseEntity<String> response = get("/api/actions/987654321987", "karen.lund");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(body(response).get("detail").asText()).isEqualTo("Opfølgningen med id 987654321987 findes ikke.");
  }

  @Test
  void anUnknownMeetingIs404() throws Exception {
    ResponseEntity<String> response = get("/api/actions?meeting=ffu-1999-01-01", "karen.lund");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(body(response).get("detail").asText()).isEqualTo("Mødet 'ffu-1999-01-01' findes ikke.");
  }

  @Test
  void neitherOrBothQueryParametersAre400WithADanishDetail() throws Exception {
    for (String path : new String[] {"/api/actions", "/api/actions?meeting=" + meetingId + "&item=" + item}) {
      ResponseEntity<String> response = get(path, "karen.lund");

      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(body(response).get("detail").asText())
          .isEqualTo("Angiv præcis én af 'meeting' (et møde-id) og 'item' (et punkt-id).");
    }
  }

  @Test
  void withoutCredentialsIs401() {
    assertThat(get("/api/actions?meeting=" + meetingId, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("/api/actions/" + actionId, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
