package dk.nordjylland.governance.document;

import static dk.nordjylland.governance.document.MeetingDocumentsAndMailTest.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.attendance.Attendances;
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
 * Issue 15 point 2 (ADR 0043): the attendance recorded through {@code PUT /api/meetings/{id}/attendance} is what the
 * minutes print: "Deltagere", "Afbud", "Stedfortrædere" (X for Y), "Gæster" with their note, and the guests of an item
 * under that item. An FFU meeting of its own in 2152.
 */
@GovernanceTest
class AttendanceInMinutesTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2152, 3, 9, 12, 0);
  static final String SECRETARY = "karen.lund";

  @Autowired MeetingRun run;
  @Autowired ItemProposals itemProposals;
  @Autowired Attendances attendances;
  @Autowired MeetingDocuments documents;
  @Autowired ApiClient api;

  String meetingId;
  long item;

  @BeforeEach
  void aMeetingWithItsAgenda() {
    Clock.set(MEETING.minusDays(40));
    meetingId = run.start("ffu", MEETING);
    item = itemProposals.propose(new ItemProposal("ffu", meetingId, "Orientering: Sundhedsberedskab", null,
        "Redegørelse.", null, null, null, null, List.of("Tager orienteringen til efterretning."), List.of()),
        "lone.berg");
    run.toMeeting(meetingId);
    Clock.set(MEETING.plusHours(3));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theMinutesPrintTheAttendanceAsRecordedNotTheRoster() throws Exception {
    // Before anything is recorded: the members of the meeting's date, all expected.
    JsonNode expected = api.body(api.get("/api/meetings/" + meetingId + "/attendance", SECRETARY));
    assertThat(expected.get("recorded").asBoolean()).isFalse();
    assertThat(expected.at("/attendance/present").toString()).contains("lone.berg", "jens.bach", "mads.kjaer");

    ResponseEntity<String> put = api.exchange(HttpMethod.PUT, "/api/meetings/" + meetingId + "/attendance",
        SECRETARY, attendance());
    JsonNode recorded = api.body(put);
    assertThat(recorded.get("recorded").asBoolean()).isTrue();
    assertThat(recorded.at("/attendance/absent").toString()).isEqualTo("[\"jens.bach\",\"lone.berg\"]");
    assertThat(api.body(api.get("/api/meetings/" + meetingId + "/attendance", "lone.berg")).at("/attendance/substitutes/0/name")
        .asText()).isEqualTo("Eva Nielsen, Aalborg Kommune");

    String minutes = pdfText(documents.render(meetingId, DocumentKind.MINUTES)).replaceAll("\\s+", " ");
    String header = minutes.substring(minutes.indexOf("Deltagere:"), minutes.indexOf("Afbud:"));
    assertThat(header).contains("Mads Kjær").doesNotContain("Jens Bach", "Lone Berg");
    assertThat(minutes.substring(minutes.indexOf("Afbud:"), minutes.indexOf("Stedfortrædere:")))
        .contains("Jens Bach", "Lone Berg");
    assertThat(minutes).contains("Stedfortrædere: Eva Nielsen, Aalborg Kommune for Jens Bach",
        "Gæster: Ole Sand, KKR-sekretariatet (den første time)");
    String ofItem = minutes.substring(minutes.indexOf("Punkt 1: "));
    assertThat(ofItem.substring(ofItem.indexOf("Orientering: Sundhedsberedskab")))
        .contains("Gæster til punktet: Anne Holm, Region Nordjylland");
    assertThat(minutes.substring(0, minutes.indexOf("Punkt 1: "))).doesNotContain("Anne Holm");
  }

  /** Everyone present but Jens Bach (a substitute stands in) and Lone Berg; a meeting guest and an item's guest. */
  Map<String, Object> attendance() {
    List<String> present = new ArrayList<>();
    for (Membership m : attendances.membersOn(meetingId)) {
      if (!m.personId().equals("jens.bach") && !m.personId().equals("lone.berg")) {
        present.add(m.personId());
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("present", present);
    body.put("absent", List.of("jens.bach", "lone.berg"));
    body.put("substitutes", List.of(Map.of("name", "Eva Nielsen, Aalborg Kommune", "standsInFor", "jens.bach")));
    body.put("guests", List.of(
        Map.of("name", "Ole Sand, KKR-sekretariatet", "note", "den første time"),
        Map.of("name", "Anne Holm, Region Nordjylland", "itemId", item)));
    return body;
  }
}
