package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.attendance.Attendances;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Closed items on the meeting screens (ADR 0055): the secretariat marks an item closed with its public title on the
 * screening screen, records its public decision and who was disqualified on the record-meeting screen; the chair's
 * approval of an agenda with a closed item without public title, or of minutes with a closed item without public
 * decision, is refused at the decision, on the screen and through the engine, and nothing is published.
 */
@GovernanceTest
class ClosedItemScreensTest {

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired ApiClient api;
  @Autowired Items items;
  @Autowired ClosedItems closedItems;
  @Autowired Documents documents;
  @Autowired Attendances attendances;
  @Autowired TestRestTemplate http;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theScreeningScreenMarksAnItemClosedAndRefusesItWithoutAPublicTitle() {
    LocalDateTime at = LocalDateTime.of(2191, 2, 6, 9, 0);
    Clock.set(at.minusDays(40));
    String meetingId = run.start("ffu", at);
    long item = cases.propose("ffu", meetingId, "Beslutning: Klage over en læge", null);
    complete(meetingId, COLLECT_ITEMS, Map.of(CALL_CLOSED.getName(), true));
    ScreenClient karen = new ScreenClient(http, "karen.lund");
    String task = taskId(meetingId, SCREEN_ITEMS);
    assertThat(karen.open("screen-items", task).getBody()).contains("Lukket punkt (punkt ",
        "Punktet behandles for lukkede døre", "<label for=\"publicTitle-" + item + "\">Offentlig titel");

    Map<String, Object> fields = new LinkedHashMap<>();
    for (var row : items.pipeline(meetingId)) {
      fields.put("decision-" + row.id(), "ACCEPT");
    }
    fields.put("closed-" + item, "true");
    fields.put("closureReason-" + item, "Personoplysninger");
    ResponseEntity<String> refused = karen.submit("screen-items", task, fields);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"publicTitle-" + item + "-fejl\"",
        "er lukket: skriv en offentlig titel", "aria-invalid=\"true\"");
    assertThat(closedItems.isClosed(item)).isFalse();
    assertThat(items.agenda(meetingId)).isEmpty();

    fields.put("publicTitle-" + item, "Klage over et patientforløb");
    karen.submitOk("screen-items", task, fields);
    assertThat(closedItems.closure(item).publicTitle()).isEqualTo("Klage over et patientforløb");
    assertThat(closedItems.closure(item).reason()).isEqualTo("Personoplysninger");
  }

  @Test
  void anAgendaWithAClosedItemWithoutPublicTitleIsNotSentNeitherFromTheScreenNorThroughTheEngine() {
    LocalDateTime at = LocalDateTime.of(2191, 3, 6, 9, 0);
    Clock.set(at.minusDays(40));
    String meetingId = run.start("ffu", at);
    long item = cases.propose("ffu", meetingId, "Beslutning: Forhandling om honorarer", null);
    // Our API lets the title follow later; the agenda is not sent without it.
    api.body(api.exchange(HttpMethod.PUT, "/api/items/" + item + "/closure", "karen.lund",
        Map.of("closed", true, "reason", "Forhandlingsforhold")));
    run.toAgendaApproval(meetingId);
    String task = taskId(meetingId, APPROVE_AGENDA);

    ResponseEntity<String> refused = new ScreenClient(http, "mads.kjaer").submit("approve-agenda", task,
        Map.of("decision", "godkend"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"decision-fejl\"", "Dagsordenen kan ikke udsendes",
        "er et lukket punkt uden offentlig titel");
    assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of(AGENDA_APPROVED.getName(), true)))
        .satisfies(e -> assertThat(UserInputException.in(e)).hasValueSatisfying(
            refusal -> assertThat(refusal.getMessage()).contains("uden offentlig titel")));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(documents.ofMeeting(meetingId)).noneMatch(d -> d.kind() == DocumentKind.AGENDA);

    api.body(api.exchange(HttpMethod.PUT, "/api/items/" + item + "/closure", "karen.lund",
        Map.of("closed", true, "publicTitle", "Forhandling om honorarer", "reason", "Forhandlingsforhold")));
    new ScreenClient(http, "mads.kjaer").submitOk("approve-agenda", task, Map.of("decision", "godkend"));
  }

  @Test
  void theRecordScreenAsksForThePublicDecisionAndTheDisqualifiedByName() {
    LocalDateTime at = LocalDateTime.of(2191, 4, 3, 9, 0);
    Clock.set(at.minusDays(40));
    String meetingId = run.start("ffu", at);
    long item = cases.propose("ffu", meetingId, "Beslutning: Klage over en læge", null);
    api.body(api.exchange(HttpMethod.PUT, "/api/items/" + item + "/closure", "karen.lund",
        Map.of("closed", true, "publicTitle", "Klage over et patientforløb", "reason", "Personoplysninger")));
    run.toMeeting(meetingId);
    Clock.set(at.plusHours(3));
    String task = taskId(meetingId, RECORD_MEETING);
    AgendaEntry closed = items.agenda(meetingId).stream().filter(e -> e.itemId() == item).findFirst().orElseThrow();
    String k = "p" + closed.position();
    ScreenClient karen = new ScreenClient(http, "karen.lund");
    assertThat(karen.open("record-meeting", task).getBody()).contains("Offentlig beslutning (lukket punkt)",
        "Inhabilitet, punkt " + closed.position(), ">Lone Berg</span>", "value=\"lone.berg\"");

    Map<String, Object> form = new LinkedHashMap<>();
    attendances.membersOn(meetingId).forEach(m -> form.put("attendance-" + m.personId(), "PRESENT"));
    items.agenda(meetingId).forEach(e -> form.put("p" + e.position() + "-outcome", Outcome.TAKEN_TO_NOTICE.name()));
    form.put(k + "-disqualified", "lone.berg");
    ResponseEntity<String> refused = karen.submit("record-meeting", task, form);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"" + k + "-publicDecision-fejl\"",
        "id=\"" + k + "-disqualifiedReason-fejl\"", "skriv begrundelsen for inhabiliteten");
    assertThat(closedItems.disqualifications(meetingId)).isEmpty();
    assertThat(items.agenda(meetingId)).allSatisfy(e -> assertThat(e.outcome()).isNull());

    form.put(k + "-publicDecision", "Udvalget tog klagen til efterretning.");
    form.put(k + "-disqualifiedReason", "Nær familie til klageren");
    karen.submitOk("record-meeting", task, form);
    assertThat(closedItems.publicDecision(meetingId, item)).isEqualTo("Udvalget tog klagen til efterretning.");
    assertThat(closedItems.disqualifications(meetingId)).singleElement()
        .satisfies(d -> assertThat(d.personId()).isEqualTo("lone.berg"));
  }

  @Test
  void minutesWithAClosedItemWithoutPublicDecisionAreNotApprovedUntilItIsWritten() throws Exception {
    LocalDateTime at = LocalDateTime.of(2191, 5, 8, 9, 0);
    Clock.set(at.minusDays(40));
    String meetingId = run.start("ffu", at);
    long item = cases.propose("ffu", meetingId, "Beslutning: Klage over en læge", null);
    api.body(api.exchange(HttpMethod.PUT, "/api/items/" + item + "/closure", "karen.lund",
        Map.of("closed", true, "publicTitle", "Klage over et patientforløb")));
    run.toMeeting(meetingId);
    // Recorded through the lists our API sends, which carry no public decision.
    complete(meetingId, RECORD_MEETING, Map.of("decisions", new ObjectMapper().writeValueAsString(
        items.agenda(meetingId).stream().map(e -> new DecisionInput(e.itemId(), Outcome.TAKEN_TO_NOTICE, null, null,
            null, null, null, null)).toList())));
    complete(meetingId, DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), false));
    String task = taskId(meetingId, APPROVE_MINUTES);

    ResponseEntity<String> refused = new ScreenClient(http, "mads.kjaer").submit("approve-minutes", task,
        Map.of("decision", "godkend"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"decision-fejl\"", "Referatet kan ikke godkendes",
        "er et lukket punkt uden offentlig beslutning");
    assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of(MINUTES_APPROVED.getName(), true)))
        .satisfies(e -> assertThat(UserInputException.in(e)).hasValueSatisfying(
            refusal -> assertThat(refusal.getMessage()).contains("uden offentlig beslutning")));
    assertThat(documents.ofMeeting(meetingId)).noneMatch(d -> d.kind() == DocumentKind.MINUTES);

    // On the API: a problem detail in Danish for bad input (an open item has no public decision).
    long open = items.agenda(meetingId).stream().filter(e -> e.itemId() != item).findFirst().orElseThrow().itemId();
    ResponseEntity<String> notClosed = api.exchange(HttpMethod.PUT, "/api/meetings/" + meetingId + "/items/" + open
        + "/public-decision", "karen.lund", Map.of("publicDecision", "Tekst"));
    assertThat(notClosed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notClosed.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(notClosed.getBody()).contains("Punktet er ikke lukket");

    api.body(api.exchange(HttpMethod.PUT, "/api/meetings/" + meetingId + "/items/" + item + "/public-decision",
        "karen.lund", Map.of("publicDecision", "Klagen er behandlet.")));
    new ScreenClient(http, "mads.kjaer").submitOk("approve-minutes", task, Map.of("decision", "godkend"));
    assertThat(documents.ofMeeting(meetingId)).anyMatch(d -> d.kind() == DocumentKind.MINUTES);
  }

  private String taskId(String meetingId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId).taskDefinitionKey(key)
        .singleResult().getId();
  }

  private void complete(String meetingId, String key, Map<String, Object> variables) {
    engine.getTaskService().complete(taskId(meetingId, key), variables);
  }
}
