package dk.nordjylland.governance.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.masterdata.Membership;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * {@code PUT /api/meetings/{id}/attendance} refuses what it cannot record (ADR 0043): a Danish problem detail, and
 * nothing saved: an unknown member, an unknown field, a member left out, a substitute for a member who came, a guest
 * of an item not on the agenda; only the forum's secretariat records (403), people outside the forum do not see the
 * meeting (404). An FFU meeting of its own in 2153.
 */
@GovernanceTest
class AttendanceApiBadInputTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2153, 3, 10, 12, 0);
  static final String SECRETARY = "karen.lund";

  @Autowired MeetingRun run;
  @Autowired ItemProposals itemProposals;
  @Autowired Attendances attendances;
  @Autowired ApiClient api;

  String meetingId;
  String path;

  @BeforeEach
  void aMeetingWithItsAgenda() {
    Clock.set(MEETING.minusDays(40));
    meetingId = run.start("ffu", MEETING);
    itemProposals.propose(new ItemProposal("ffu", meetingId, "Orientering: Status", null, "Status.", null, null, null, null,
        List.of("Tager orienteringen til efterretning."), List.of()), "lone.berg");
    run.toMeeting(meetingId);
    path = "/api/meetings/" + meetingId + "/attendance";
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void anUnknownMemberIsRefusedInDanishAndNothingIsSaved() {
    Map<String, Object> body = allPresent();
    body.put("absent", List.of("ole.ukendt"));
    assertRefused(put(SECRETARY, body), 400, "'ole.ukendt' er ikke medlem af FFU den 10. marts 2153.");
  }

  @Test
  void anUnknownFieldIsRefused() {
    Map<String, Object> body = allPresent();
    body.put("visitors", List.of("Anne Holm"));
    ResponseEntity<String> refused = put(SECRETARY, body);
    assertRefused(refused, 400, "visitors");
  }

  @Test
  void everyMemberIsPresentOrAbsentAndASubstituteStandsInForAnAbsentMember() {
    Map<String, Object> body = allPresent();
    @SuppressWarnings("unchecked")
    List<String> present = new ArrayList<>((List<String>) body.get("present"));
    present.remove("lone.berg");
    body.put("present", present);
    body.put("substitutes", List.of(Map.of("name", "Eva Nielsen, Aalborg Kommune", "standsInFor", "jens.bach")));
    ResponseEntity<String> refused = put(SECRETARY, body);
    assertRefused(refused, 400, "Lone Berg mangler: angiv, om Lone Berg deltog eller meldte afbud.");
    assertThat(api.json(refused).get("detail").asText())
        .contains("Stedfortræderen 'Eva Nielsen, Aalborg Kommune' står i stedet for Jens Bach, som ikke har meldt afbud.");
  }

  @Test
  void aGuestOfAnItemNotOnTheAgendaIsRefused() {
    Map<String, Object> body = allPresent();
    body.put("guests", List.of(Map.of("name", "Anne Holm, Region Nordjylland", "itemId", 999_999_999L)));
    assertRefused(put(SECRETARY, body), 400,
        "Gæsten 'Anne Holm, Region Nordjylland': punkt 999999999 er ikke på dagsordenen for mødet.");
  }

  @Test
  void onlyTheSecretariatRecordsAndOthersDoNotSeeTheMeeting() {
    assertRefused(put("lone.berg", allPresent()), 403, "Du kan ikke registrere fremmøde i FFU.");
    // Henrik Dam sits in SSU, not in FFU: the meeting does not exist for him.
    assertRefused(put("henrik.dam", allPresent()), 404, "findes ikke");
    assertThat(put(SECRETARY, allPresent()).getStatusCode().value()).isEqualTo(200);
    assertThat(attendances.recorded(meetingId)).isPresent();
  }

  ResponseEntity<String> put(String user, Map<String, Object> body) {
    return api.exchange(HttpMethod.PUT, path, user, body);
  }

  void assertRefused(ResponseEntity<String> response, int status, String detail) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode problem = api.json(response);
    assertThat(problem.get("detail").asText()).contains(detail);
    assertThat(response.getBody()).doesNotContain("Exception", "dk.nordjylland");
    assertThat(attendances.recorded(meetingId)).as("nothing saved").isEmpty();
  }

  Map<String, Object> allPresent() {
    List<String> present = new ArrayList<>();
    for (Membership m : attendances.membersOn(meetingId)) {
      present.add(m.personId());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("present", present);
    return body;
  }
}
