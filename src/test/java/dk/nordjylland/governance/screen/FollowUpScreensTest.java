package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_RESULT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_REPORT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.ActionStatus;
import dk.nordjylland.governance.followup.FollowUpActionProcess;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The follow-up tasks on their screens (ADR 0038): the owner sees the action or reservation with the item and the
 * decision it follows from; an empty or too long answer is Danish on the field with the task left open; the engine's
 * REST API cannot skip the screen. Meetings of its own in 2311.
 */
@GovernanceTest
class FollowUpScreensTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2311, 1, 6, 12, 0);
  static final LocalDateTime NOW = LocalDateTime.of(2311, 1, 13, 9, 0);
  static final LocalDate DUE = LocalDate.of(2311, 2, 1);
  static final String DECISION = "FFU godkendte retningslinjen med den ændring, at kommunerne melder tilbage i marts.";

  @Autowired TestRestTemplate http;
  @Autowired TestMeetings testMeetings;
  @Autowired ItemProposals itemProposals;
  @Autowired FollowUps followUps;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;
  @Autowired ApiClient api;

  String meetingId;
  long itemId;

  @BeforeEach
  void aDecidedItem() {
    Clock.set(NOW);
    meetingId = testMeetings.create("ffu", MEETING);
    itemId = itemProposals.proposeForProcess(new ItemProposal("ffu", null, "Godkendelse: Retningslinje for udskrivning",
        null, "Netværksgruppen har udarbejdet en fælles retningslinje.", null, null, null, null, List.of(), List.of()),
        "system");
    jdbc.sql("insert into gov_agenda_entry (meeting_id, item_id, position, outcome, decision_text, decided_at)"
        + " values (?, ?, 4, 'APPROVED_WITH_REMARKS', ?, ?)").params(meetingId, itemId, DECISION, MEETING).update();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theOwnerSeesTheActionAndTheDecisionItFollowsFromAndAnEmptyAnswerIsRefusedOnTheField() {
    long actionId = followUps.startAction(itemId, meetingId, "Sekretariatet sender retningslinjen til kommunerne.",
        "lone.berg", DUE);
    String task = task(actionId, FollowUpActionProcess.Elements.CARRY_OUT_ACTION);
    ScreenClient owner = new ScreenClient(http, "lone.berg");

    ResponseEntity<String> page = owner.open("carry-out-action", task);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<html lang=\"da\"").contains("Udfør opfølgende handling – FFU 06.01.2311")
        .contains("Sekretariatet sender retningslinjen til kommunerne.")
        .contains("Fælles Forretningsudvalg, fredag den 6. januar 2311 kl. 12.00")
        .contains("Beslutningen, opgaven følger af")
        .contains("Punkt 4: Godkendelse: Retningslinje for udskrivning")
        .contains("Netværksgruppen har udarbejdet en fælles retningslinje.")
        .contains("Godkendt med bemærkninger").contains(DECISION)
        .contains("<label for=\"actionResult\">Hvad er gjort?</label>");

    ResponseEntity<String> empty = owner.submit("carry-out-action", task, Map.of(ACTION_RESULT.getName(), "  "));
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("id=\"actionResult-fejl\"").contains("Udfyld feltet &quot;Hvad er gjort?&quot;.")
        .containsPattern("id=\"actionResult\"[^>]*aria-invalid=\"true\"");
    ResponseEntity<String> tooLong = owner.submit("carry-out-action", task, Map.of(ACTION_RESULT.getName(),
        "x".repeat(4001)));
    assertThat(tooLong.getBody()).contains("Hvad er gjort? er for lang: højst 4000 tegn (nu 4001).");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    assertThat(followUps.get(actionId).status()).isEqualTo(ActionStatus.OPEN);

    ResponseEntity<String> engineRest = api.submitForm(task, "lone.berg", Map.of(ACTION_RESULT.getName(), "Sendt."));
    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engineRest.getBody()).contains("Opgaven udføres på sin egen side");

    ResponseEntity<String> done = owner.submit("carry-out-action", task,
        Map.of(ACTION_RESULT.getName(), "Retningslinjen er sendt til de 11 kommuner. Æøå."));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    Action action = followUps.get(actionId);
    assertThat(action.status()).isEqualTo(ActionStatus.DONE);
    assertThat(action.result()).isEqualTo("Retningslinjen er sendt til de 11 kommuner. Æøå.");
  }

  @Test
  void aReservationIsClearedAndReportedOnTwoScreensTheSecondShowingTheClearance() {
    long actionId = followUps.startReservation(itemId, meetingId,
        "Godkendt med forbehold for, at koordineringsgruppen afklarer finansieringen.", "ffu-secretariat", DUE);
    ScreenClient secretary = new ScreenClient(http, "karen.lund");
    String clear = task(actionId, FollowUpActionProcess.Elements.CLEAR_RESERVATION);
    assertThat(secretary.open("clear-reservation", clear).getBody())
        .contains("afklarer finansieringen.").contains(DECISION)
        .contains("<label for=\"reservationResolution\">Hvordan er forbeholdet afklaret?</label>");
    assertThat(secretary.submit("clear-reservation", clear, Map.of()).getBody())
        .contains("id=\"reservationResolution-fejl\"");
    assertThat(secretary.submit("clear-reservation", clear,
        Map.of(RESERVATION_RESOLUTION.getName(), "Regionen og kommunerne deler udgiften ligeligt.")).getStatusCode())
        .isEqualTo(HttpStatus.SEE_OTHER);

    String report = task(actionId, FollowUpActionProcess.Elements.REPORT_RESERVATION);
    assertThat(secretary.open("report-reservation", report).getBody())
        .contains("Regionen og kommunerne deler udgiften ligeligt.")
        .contains("<label for=\"reservationReport\">Tilbagemelding til forummet</label>");
    assertThat(secretary.submit("report-reservation", report,
        Map.of(RESERVATION_REPORT.getName(),
            "Skriftlig orientering til FFU.")).getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    Action action = followUps.get(actionId);
    assertThat(action.status()).isEqualTo(ActionStatus.DONE);
    assertThat(action.report()).isEqualTo("Skriftlig orientering til FFU.");
  }

  @Test
  void aMemberWhoIsNotTheOwnerCannotDoTheAction() {
    long actionId = followUps.startAction(itemId, meetingId, "Sekretariatet sender kalenderen.", "karen.lund", DUE);
    String task = task(actionId, FollowUpActionProcess.Elements.CARRY_OUT_ACTION);
    ResponseEntity<String> other = new ScreenClient(http, "lone.berg").submit("carry-out-action", task,
        Map.of(ACTION_RESULT.getName(), "Gjort af en anden."));
    assertThat(other.getStatusCode()).isNotEqualTo(HttpStatus.SEE_OTHER);
    assertThat(followUps.get(actionId).status()).isEqualTo(ActionStatus.OPEN);
  }

  private String task(long actionId, String key) {
    Task task = taskService.createTaskQuery()
        .processInstanceBusinessKey(FollowUpActionProcess.businessKey(actionId)).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    return task.getId();
  }
}
