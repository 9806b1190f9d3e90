package dk.nordjylland.governance.item;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Bad input to the closed-item endpoints of our API (ADR 0055): who may write, too long or missing values, a person
 * outside the forum, an unknown item: a Danish problem detail each time, and nothing saved.
 */
@GovernanceTest
class ClosedItemApiTest {

  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired ApiClient api;
  @Autowired ClosedItems closedItems;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void badInputIsRefusedInDanishAndNothingIsSaved() {
    LocalDateTime at = LocalDateTime.of(2193, 6, 10, 9, 0);
    Clock.set(at.minusDays(40));
    String meetingId = run.start("ffu", at);
    long item = cases.propose("ffu", meetingId, "Beslutning: Klage over en læge", null);
    run.toMeeting(meetingId);
    String closure = "/api/items/" + item + "/closure";

    ResponseEntity<String> member = api.exchange(HttpMethod.PUT, closure, "lone.berg",
        Map.of("closed", true, "publicTitle", "Klage"));
    assertProblem(member, 403, "Du kan ikke markere punkter som lukkede i FFU");
    assertProblem(api.exchange(HttpMethod.PUT, closure, "karen.lund", Map.of("publicTitle", "Klage")), 400,
        "Angiv, om punktet er lukket");
    assertProblem(api.exchange(HttpMethod.PUT, closure, "karen.lund",
        Map.of("closed", true, "publicTitle", "x".repeat(301))), 400, "'Offentlig titel' må højst have 300 tegn");
    assertProblem(api.exchange(HttpMethod.PUT, "/api/items/999999999/closure", "karen.lund",
        Map.of("closed", true, "publicTitle", "Klage")), 404, "findes ikke");
    assertThat(closedItems.isClosed(item)).isFalse();

    String disqualify = "/api/meetings/" + meetingId + "/items/" + item + "/disqualifications";
    assertProblem(api.exchange(HttpMethod.PUT, disqualify, "karen.lund",
        List.of(Map.of("personId", "henrik.dam", "reason", "Part i sagen"))), 400,
        "er ikke med i forummet på mødets dato");
    assertProblem(api.exchange(HttpMethod.PUT, disqualify, "karen.lund",
        List.of(Map.of("personId", "lone.berg"))), 400, "Skriv begrundelsen for, at Lone Berg er inhabil.");
    assertProblem(api.exchange(HttpMethod.PUT, disqualify, "lone.berg",
        List.of(Map.of("personId", "lone.berg", "reason", "Part i sagen"))), 403, "registrere inhabilitet");
    assertThat(closedItems.disqualifications(meetingId)).isEmpty();

    assertThat(api.body(api.exchange(HttpMethod.PUT, closure, "karen.lund",
        Map.of("closed", true, "publicTitle", "Klage over et patientforløb", "reason", "Personoplysninger")))
        .get("publicTitle").asText()).isEqualTo("Klage over et patientforløb");
    assertThat(api.body(api.get(closure, "lone.berg")).get("closed").asBoolean()).isTrue();
  }

  private static void assertProblem(ResponseEntity<String> response, int status, String danish) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(response.getBody()).contains(danish).doesNotContain("Exception", "dk.nordjylland");
  }
}
