package dk.nordjylland.governance.portal;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_REPORT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_RESOLUTION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ACTIONS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.DECISIONS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.ActionKind;
import dk.nordjylland.governance.followup.Actions;
import dk.nordjylland.governance.item.ActionInput;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.WebappSession;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gaps found walking the portal as each person against issue 17 (round 6, lane Q): an item closed after its agenda
 * was sent, the closed-item wording said one way everywhere, the accessibility statement telling the truth about the
 * PDFs, a meeting page that reads who may see closed items once instead of once per item, and a mistyped address
 * under a portal page answered by the portal's Danish page; and the case passport's follow-ups and reservation (issue
 * 17 point 3), which no test read before. Meetings in 2193.
 */
@GovernanceTest
class PortalWalkTest {

  static final String MARKER = "VAGTORDET";
  static final String REASON = "Personoplysninger";

  @Autowired TestRestTemplate http;
  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired ApiClient api;
  @Autowired Items items;
  @Autowired JdbcClient jdbc;
  @Autowired Actions actions;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void anItemClosedAfterItsAgendaWasSentIsLukketPunktAndThePageSaysWhyThePdfIsNotShown() {
    LocalDateTime at = LocalDateTime.of(2193, 3, 11, 9, 0);
    Clock.set(at.minusDays(40));
    String meetingId = run.start("ffu", at);
    long item = cases.propose("ffu", meetingId, "Drøftelse: Klage fra " + MARKER + " over ventetiden", null);
    run.toMeeting(meetingId);
    int position = position(meetingId, item);
    // Closed after the agenda went out, its public title not written yet (ADR 0055: it may follow later).
    close(item, null);

    String page = http.getForObject("/moeder/" + meetingId, String.class);
    assertThat(page).doesNotContain(MARKER, "titel mangler", "Der er ikke udsendt en dagsorden")
        .contains(">Punkt " + position + ": Lukket punkt<", "Lukket punkt. Begrundelse: " + REASON + ".",
            "En udsendt version kan ikke vises her, fordi et af mødets punkter er blevet lukket");

    // A member reads the item in full, told on the case passport as on the meeting page what the public reads.
    WebappSession member = new WebappSession(http).logIn("jens.bach");
    assertThat(body(member, "/sager/" + item)).contains(MARKER,
        "Lukket punkt. Offentlig titel: (mangler). Begrundelse: " + REASON + ".").doesNotContain("null");

    close(item, "Klage over ventetid i almen praksis");
    String fullNote = "Lukket punkt. Offentlig titel: Klage over ventetid i almen praksis. Begrundelse: " + REASON + ".";
    assertThat(body(member, "/sager/" + item)).contains(fullNote);
    assertThat(body(member, "/moeder/" + meetingId)).contains(fullNote, "Dagsorden, version 1 (PDF");
    assertThat(http.getForObject("/sager/" + item, String.class)).doesNotContain(MARKER)
        .contains("Lukket punkt: Klage over ventetid i almen praksis", "Lukket punkt. Begrundelse: " + REASON + ".");
  }

  @Test
  void theAccessibilityStatementSaysThePdfsAreTaggedPdfUa() {
    String statement = http.getForObject("/tilgaengelighed", String.class);
    assertThat(statement).contains("PDF/UA-1", "veraPDF", "et bogmærke for hvert punkt")
        .doesNotContain("endnu ikke mærkede");
  }

  @Test
  void aMeetingPageAsksWhoReadsTheClosedItemsOncePerPageNotOncePerItem() {
    LocalDateTime at = LocalDateTime.of(2193, 5, 20, 9, 0);
    Clock.set(at.minusDays(40));
    String meetingId = run.start("ffu", at);
    List<Long> closed = List.of(
        cases.propose("ffu", meetingId, "Beslutning: Første lukkede sag", null),
        cases.propose("ffu", meetingId, "Beslutning: Anden lukkede sag", null),
        cases.propose("ffu", meetingId, "Beslutning: Tredje lukkede sag", null));
    cases.propose("ffu", meetingId, "Orientering: En åben sag", null);
    for (long item : closed) {
      close(item, "Offentlig titel " + item);
    }
    run.toMeeting(meetingId);
    int agendaSize = items.agenda(meetingId).size();
    WebappSession member = new WebappSession(http).logIn("jens.bach");

    jdbc.sql("set query_statistics_max_entries 100000").update();
    jdbc.sql("set query_statistics true").update();
    try {
      Map<String, Long> before = statistics();
      assertThat(body(member, "/moeder/" + meetingId)).contains("Beslutning: Tredje lukkede sag");
      assertThat(http.getForObject("/moeder/" + meetingId, String.class)).contains("Lukket punkt: Offentlig titel")
          .doesNotContain("Tredje lukkede sag");
      Map<String, Long> after = statistics();
      // Both pages: the documents' view reads each item's closure once (agendaSize per page); the portal's rights no
      // more. Before, each closed item cost a closure read and a disqualification read per visitor, and the check
      // for the full PDFs one of each per agenda item again.
      assertThat(executions(before, after, "select closed, public_title, closure_reason from gov_item"))
          .isLessThanOrEqualTo(2L * agendaSize);
      assertThat(executions(before, after, "from gov_item_disqualification where person_id = ? and item_id = ?"))
          .isZero();
    } finally {
      jdbc.sql("set query_statistics false").update();
    }
  }

  @Test
  void aMistypedAddressUnderAPortalPageIsTheDanish404PageNotTheApisProblemAnswer() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
    for (String path : List.of("/moeder/findes-ikke/dagsorden", "/fora/ffu/moeder", "/sager/1/bilag/1/x")) {
      ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
      assertThat(answer.getStatusCode().value()).as(path).isEqualTo(404);
      assertThat(answer.getHeaders().getContentType().toString()).as(path).startsWith("text/html");
      assertThat(answer.getBody()).as(path).contains("lang=\"da\"", "Siden findes ikke", "Gå til forsiden")
          .doesNotContain("openapi", "\"status\"");
    }
    // The portal's own files under those addresses are still found.
    assertThat(http.getForEntity("/fora/ffu/kalender.ics", String.class).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void theCasePassportShowsFollowUpsAndTheReservationWithOwnerDueDateAndStatusAndWhenItIsCleared()
      throws Exception {
    LocalDateTime at = LocalDateTime.of(2193, 8, 12, 9, 0);
    Clock.set(at.minusDays(40));
    String meetingId = run.start("ffu", at);
    long item = cases.propose("ffu", meetingId, "Godkendelse: Kommissorium for arbejdsgruppe om demens", null);
    run.toMeeting(meetingId);
    List<DecisionInput> decisions = items.agenda(meetingId).stream().map(e -> e.itemId() == item
        ? new DecisionInput(item, Outcome.APPROVED_WITH_RESERVATION, "Kommissoriet godkendes.", null, null,
            "Koordineringsgruppen afklarer finansieringen.", "ffu-secretariat", null)
        : new DecisionInput(e.itemId(), Outcome.TAKEN_TO_NOTICE, null, null, null, null, null, null)).toList();
    complete(meetingId, RECORD_MEETING, Map.of(DECISIONS.getName(), json.writeValueAsString(decisions),
        ACTIONS.getName(), json.writeValueAsString(List.of(new ActionInput(item,
            "PLO-Nordjylland udpeger et medlem til arbejdsgruppen.", "jens.bach", "2193-09-02")))));
    complete(meetingId, DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), false));
    complete(meetingId, APPROVE_MINUTES, Map.of(MINUTES_APPROVED.getName(), true));
    Clock.set(LocalDateTime.of(2193, 9, 10, 9, 0));

    // The citizen reads both, each with its owner by name, its due date in Danish and its status in words.
    String passport = http.getForObject("/sager/" + item, String.class);
    assertThat(passport).contains("Godkendt med forbehold", "Koordineringsgruppen afklarer finansieringen.",
        "Sekretariatet for FFU", "PLO-Nordjylland udpeger et medlem til arbejdsgruppen.", "Jens Bach, PLO-Nordjylland",
        "2. september 2193", "Åben, fristen er overskredet");

    Action reservation = actions.ofItem(item).stream().filter(a -> a.kind() == ActionKind.RESERVATION).findFirst()
        .orElseThrow();
    TaskService tasks = engine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(reservation.processInstanceId()).singleResult().getId(),
        Map.of(RESERVATION_RESOLUTION.getName(), "Regionen betaler sekretariatsbetjeningen."));
    Task report = tasks.createTaskQuery().processInstanceId(reservation.processInstanceId()).singleResult();
    if (report != null) {
      tasks.complete(report.getId(), Map.of(RESERVATION_REPORT.getName(), "Skriftlig orientering til FFU."));
    }
    assertThat(http.getForObject("/sager/" + item, String.class)).contains("Afklaret",
        "Resultat: Regionen betaler sekretariatsbetjeningen.");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private void complete(String meetingId, String key, Map<String, Object> variables) {
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(key).singleResult().getId(), variables);
  }


  private void close(long item, String publicTitle) {
    Map<String, Object> closure = new HashMap<>();
    closure.put("closed", true);
    closure.put("publicTitle", publicTitle);
    closure.put("reason", REASON);
    api.body(api.exchange(HttpMethod.PUT, "/api/items/" + item + "/closure", "karen.lund", closure));
  }

  private int position(String meetingId, long item) {
    return items.agenda(meetingId).stream().filter(e -> e.itemId() == item).map(AgendaEntry::position).findFirst()
        .orElseThrow();
  }

  private static String body(WebappSession session, String path) {
    return session.exchange(HttpMethod.GET, path, null, null).getBody();
  }

  private Map<String, Long> statistics() {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql("select sql_statement, execution_count from information_schema.query_statistics")
        .query((rs, n) -> counts.merge(rs.getString(1), rs.getLong(2), Long::sum)).list();
    return counts;
  }

  private static long executions(Map<String, Long> before, Map<String, Long> after, String statement) {
    return after.entrySet().stream().filter(e -> e.getKey().contains(statement))
        .mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
  }
}
