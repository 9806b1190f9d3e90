package dk.nordjylland.governance.followup;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_DESCRIPTION;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_RESULT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.DUE_TEXT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.Elements.*;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.MEETING_TITLE;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_REPORT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.FlowNodeCoverage;
import dk.nordjylland.governance.support.ProcessCoverageTest;
import dk.nordjylland.governance.support.TestMeetings;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/follow-up-action.bpmn, timers included, and the validation of its starts. */
@ProcessCoverageTest
class FollowUpActionProcessTest {

  /** Friday 22 August 2025 12:00, the FFU meeting of seed 003. */
  static final LocalDateTime MEETING = LocalDateTime.of(2025, 8, 22, 12, 0);
  /** Monday 1 September 2025, 09:00: the minutes are out, the follow-up starts. */
  static final LocalDateTime NOW = LocalDateTime.of(2025, 9, 1, 9, 0);
  /** Monday 15 September 2025. */
  static final LocalDate DUE = LocalDate.of(2025, 9, 15);
  static final String CALENDAR = "Sekretariatet sender mødekalenderen for 2026 til medlemmerne.";
  static final String RESERVATION = "Godkendt med forbehold for, at koordineringsgruppen afklarer finansieringen af "
      + "pilotprojektet.";
  static final AtomicLong ITEM = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Autowired ProcessEngine engine;
  @Autowired FollowUps followUps;
  @Autowired TestMeetings testMeetings;
  @Autowired NotificationOutbox notifications;
  @Autowired FollowUpProperties properties;
  @Autowired Actions actions;
  @Autowired WorkingDays workingDays;

  String meetingId;
  /** The follow-up processes this class started, for the coverage assertion. */
  static final Set<String> MEETINGS = new HashSet<>();
  static ProcessEngine usedEngine;
  static Actions usedActions;

  @BeforeEach
  void setUp() {
    init(engine);
    Clock.set(NOW);
    meetingId = testMeetings.create("ffu", MEETING);
    MEETINGS.add(meetingId);
    usedEngine = engine;
    usedActions = actions;
  }

  @AfterAll
  static void everyFlowNodeIsCovered() {
    List<String> instances = MEETINGS.stream().flatMap(m -> usedActions.ofMeeting(m).stream())
        .map(Action::processInstanceId).filter(Objects::nonNull).toList();
    assertThat(FlowNodeCoverage.missed(usedEngine, FollowUpActionProcess.KEY,
        instances)).as("flow nodes of the follow-up process that no test passed").isEmpty();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  ProcessInstance instance(long actionId) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(FollowUpActionProcess.businessKey(actionId)).singleResult();
  }

  List<Notification> sent() {
    return notifications.ofMeeting(meetingId);
  }

  Map<String, Object> view(Task task) {
    return engine.getTaskService().getVariablesLocal(task.getId());
  }

  @Test
  void anActionOwnedByAPersonIsAssignedToThemAndSeenByTheSecretariat() {
    long id = followUps.startAction(null, meetingId, CALENDAR, "lone.berg", DUE);

    Action action = followUps.get(id);
    assertThat(action.kind()).isEqualTo(ActionKind.ACTION);
    assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
    assertThat(action.forumId()).isEqualTo("ffu");
    assertThat(action.ownerUser()).isEqualTo("lone.berg");
    assertThat(action.ownerGroup()).isEqualTo("ffu-secretariat");
    assertThat(action.createdAt()).isEqualTo(NOW);
    ProcessInstance instance = instance(id);
    assertThat(action.processInstanceId()).isEqualTo(instance.getId());
    assertThat(instance).isStarted().isWaitingAt(CARRY_OUT_ACTION);

    Task task = task(CARRY_OUT_ACTION, instance);
    assertThat(task).isAssignedTo("lone.berg").hasCandidateGroupAssociated("ffu-secretariat");
    assertThat(Clock.of(task.getDueDate())).isEqualTo(LocalDateTime.of(2025, 9, 15, 12, 0));
    assertThat(view(task)).containsEntry(ACTION_DESCRIPTION.getName(), CALENDAR)
        .containsEntry(MEETING_TITLE.getName(), "Fælles Forretningsudvalg, fredag den 22. august 2025 kl. 12.00")
        .containsEntry(DUE_TEXT.getName(), "mandag den 15. september 2025 kl. 12.00");
    // The forum's groups see the instance in Cockpit/Tasklist.
    for (String group : List.of("ffu-members", "ffu-chair", "ffu-secretariat")) {
      assertThat(engine.getAuthorizationService().createAuthorizationQuery()
          .resourceType(Resources.PROCESS_INSTANCE).resourceId(instance.getId()).groupIdIn(group).count())
          .as(group).isEqualTo(1);
    }

    Clock.set(LocalDateTime.of(2025, 9, 10, 14, 30));
    complete(task, withVariables(ACTION_RESULT.getName(), "Kalenderen er sendt til alle medlemmer."));

    assertThat(instance).hasPassed(RECORD_ACTION_DONE).isEnded();
    assertThat(instance).hasPassed(ACTION_DONE).hasNotPassed(CLEAR_RESERVATION, REMIND_ACTION_OWNER);
    Action done = followUps.get(id);
    assertThat(done.status()).isEqualTo(ActionStatus.DONE);
    assertThat(done.result()).isEqualTo("Kalenderen er sendt til alle medlemmer.");
    assertThat(done.completedAt()).isEqualTo(LocalDateTime.of(2025, 9, 10, 14, 30));
    assertThat(sent()).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NotificationKind.ACTION);
      assertThat(n.recipientGroup()).isEqualTo("ffu-secretariat");
      assertThat(n.subject()).startsWith("Opfølgning udført: Sekretariatet sender mødekalenderen");
      // The owner by name, not the user id (issue 15).
      assertThat(n.body()).contains("er udført af Lone Berg.", "Kalenderen er sendt til alle medlemmer.")
          .doesNotContain("lone.berg");
    });
    assertThat(followUps.ofMeeting(meetingId)).extracting(Action::id).containsExactly(id);
  }

  @Test
  void anActionOwnedByAGroupGoesToThatGroupUnassigned() {
    long id = followUps.startAction(null, meetingId, "Der udpeges en kontaktperson i hver kommune.",
        "koordineringsgruppen-members", DUE);

    Action action = followUps.get(id);
    assertThat(action.ownerUser()).isNull();
    assertThat(action.ownerGroup()).isEqualTo("koordineringsgruppen-members");
    Task task = task(CARRY_OUT_ACTION, instance(id));
    assertThat(task).isNotAssigned().hasCandidateGroup("koordineringsgruppen-members");

    // The reminder of a group's action goes to the group.
    execute(job(ACTION_REMINDER, instance(id)));
    assertThat(sent()).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
      assertThat(n.recipientGroup()).isEqualTo("koordineringsgruppen-members");
      assertThat(n.recipientUser()).isNull();
    });
  }

  @Test
  void theOwnerIsRemindedBeforeTheDueDateThenTheSecretariatAndTheChairAreEscalatedTo() {
    long id = followUps.startAction(null, meetingId, CALENDAR, "lone.berg", DUE);
    ProcessInstance instance = instance(id);

    // Reminder 2 working days before Monday 15 September: Thursday 11 September 12:00, to the owner.
    assertThat(Clock.of(job(ACTION_REMINDER, instance).getDuedate())).isEqualTo(LocalDateTime.of(2025, 9, 11, 12, 0));
    assertThat(Clock.of(task(CARRY_OUT_ACTION, instance).getFollowUpDate()))
        .isEqualTo(LocalDateTime.of(2025, 9, 11, 12, 0));
    Clock.set(LocalDateTime.of(2025, 9, 11, 12, 1));
    execute(job(ACTION_REMINDER, instance));
    assertThat(instance).hasPassed(REMIND_ACTION_OWNER, ACTION_REMINDER_SENT).isWaitingAt(CARRY_OUT_ACTION);

    // 1 working day after: Tuesday 16 September 12:00, to the forum's secretariat.
    assertThat(Clock.of(job(ACTION_ESCALATE_TO_SECRETARIAT, instance).getDuedate()))
        .isEqualTo(LocalDateTime.of(2025, 9, 16, 12, 0));
    Clock.set(LocalDateTime.of(2025, 9, 16, 12, 1));
    execute(job(ACTION_ESCALATE_TO_SECRETARIAT, instance));
    assertThat(instance).hasPassed(ESCALATE_ACTION_TO_SECRETARIAT, ACTION_SECRETARIAT_ESCALATED)
        .isWaitingAt(CARRY_OUT_ACTION);

    // 3 working days after: Thursday 18 September 12:00, to the chair.
    assertThat(Clock.of(job(ACTION_ESCALATE_TO_CHAIR, instance).getDuedate()))
        .isEqualTo(LocalDateTime.of(2025, 9, 18, 12, 0));
    Clock.set(LocalDateTime.of(2025, 9, 18, 12, 1));
    execute(job(ACTION_ESCALATE_TO_CHAIR, instance));
    assertThat(instance).hasPassed(ESCALATE_ACTION_TO_CHAIR, ACTION_CHAIR_ESCALATED).isWaitingAt(CARRY_OUT_ACTION);

    List<Notification> sent = sent();
    assertThat(sent).extracting(Notification::kind)
        .containsExactly(NotificationKind.REMINDER, NotificationKind.ESCALATION, NotificationKind.ESCALATION);
    assertThat(sent.get(0).recipientUser()).isEqualTo("lone.berg");
    assertThat(sent.get(0).recipientGroup()).isNull();
    assertThat(sent.get(0).body()).contains("mandag den 15. september 2025 kl. 12.00", CALENDAR);
    assertThat(sent.get(1).recipientGroup()).isEqualTo("ffu-secretariat");
    assertThat(sent.get(1).subject()).startsWith("Eskalering: frist overskredet");
    assertThat(sent.get(2).recipientGroup()).isEqualTo("ffu-chair");
    assertThat(sent.get(2).subject()).startsWith("Eskalering: stadig ikke udført");

    // Done late, it still ends normally, and no timer is left behind.
    complete(task(CARRY_OUT_ACTION, instance), withVariables(ACTION_RESULT.getName(), "Sendt."));
    assertThat(instance).isEnded();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void aReservationIsClearedAndReportedBackToTheForumsMembers() {
    long item = ITEM.incrementAndGet();
    long id = followUps.startReservation(item, meetingId, RESERVATION, "koordineringsgruppen-members", DUE);

    Action action = followUps.get(id);
    assertThat(action.kind()).isEqualTo(ActionKind.RESERVATION);
    assertThat(action.itemId()).isEqualTo(item);
    assertThat(followUps.ofItem(item)).extracting(Action::id).containsExactly(id);
    ProcessInstance instance = instance(id);
    assertThat(instance).isWaitingAt(CLEAR_RESERVATION).hasNotPassed(CARRY_OUT_ACTION);
    Task clear = task(CLEAR_RESERVATION, instance);
    assertThat(clear).isNotAssigned().hasCandidateGroup("koordineringsgruppen-members");
    assertThat(Clock.of(clear.getDueDate())).isEqualTo(LocalDateTime.of(2025, 9, 15, 12, 0));
    assertThat(view(clear)).containsEntry(ACTION_DESCRIPTION.getName(), RESERVATION);

    complete(clear, withVariables(RESERVATION_RESOLUTION.getName(), "Regionen og kommunerne deler udgiften ligeligt."));
    Task report = task(REPORT_RESERVATION, instance);
    assertThat(report).isNotAssigned().hasCandidateGroup("koordineringsgruppen-members");
    assertThat(view(report)).containsKeys(ACTION_DESCRIPTION.getName(), MEETING_TITLE.getName(), DUE_TEXT.getName());
    complete(report, withVariables(RESERVATION_REPORT.getName(),
        "Koordineringsgruppen har afklaret finansieringen: udgiften deles ligeligt. Forbeholdet er dermed løftet."));

    assertThat(instance).hasPassed(RECORD_RESERVATION_CLEARED, RESERVATION_CLEARED).isEnded();
    Action cleared = followUps.get(id);
    assertThat(cleared.status()).isEqualTo(ActionStatus.DONE);
    assertThat(cleared.result()).isEqualTo("Regionen og kommunerne deler udgiften ligeligt.");
    assertThat(cleared.report()).startsWith("Koordineringsgruppen har afklaret finansieringen");
    assertThat(cleared.completedAt()).isEqualTo(NOW);
    assertThat(sent()).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NotificationKind.ACTION);
      assertThat(n.recipientGroup()).isEqualTo("ffu-members");
      assertThat(n.subject()).startsWith("Tilbagemelding om forbehold:");
      assertThat(n.body()).contains("Koordineringsgruppen har afklaret finansieringen");
    });
  }

  @Test
  void anUnclearedReservationIsRemindedAndEscalatedLikeAnAction() {
    long id = followUps.startReservation(null, meetingId, RESERVATION, "koordineringsgruppen-members", DUE);
    ProcessInstance instance = instance(id);

    assertThat(Clock.of(job(RESERVATION_REMINDER, instance).getDuedate()))
        .isEqualTo(LocalDateTime.of(2025, 9, 11, 12, 0));
    execute(job(RESERVATION_REMINDER, instance));
    assertThat(Clock.of(job(RESERVATION_ESCALATE_TO_SECRETARIAT, instance).getDuedate()))
        .isEqualTo(LocalDateTime.of(2025, 9, 16, 12, 0));
    execute(job(RESERVATION_ESCALATE_TO_SECRETARIAT, instance));
    assertThat(Clock.of(job(RESERVATION_ESCALATE_TO_CHAIR, instance).getDuedate()))
        .isEqualTo(LocalDateTime.of(2025, 9, 18, 12, 0));
    execute(job(RESERVATION_ESCALATE_TO_CHAIR, instance));

    assertThat(instance).hasPassed(REMIND_RESERVATION_OWNER, ESCALATE_RESERVATION_TO_SECRETARIAT,
        ESCALATE_RESERVATION_TO_CHAIR, RESERVATION_REMINDER_SENT, RESERVATION_SECRETARIAT_ESCALATED,
        RESERVATION_CHAIR_ESCALATED).isWaitingAt(CLEAR_RESERVATION);
    List<Notification> sent = sent();
    assertThat(sent).extracting(Notification::kind)
        .containsExactly(NotificationKind.REMINDER, NotificationKind.ESCALATION, NotificationKind.ESCALATION);
    assertThat(sent).extracting(Notification::recipientGroup)
        .containsExactly("koordineringsgruppen-members", "ffu-secretariat", "ffu-chair");
    assertThat(sent.get(0).body()).contains("Forbeholdet fra Fælles Forretningsudvalg");
  }

  @Test
  void anActionDueTodayIsAccepted() {
    long id = followUps.startAction(null, meetingId, CALENDAR, "karen.lund", NOW.toLocalDate());
    assertThat(instance(id)).isWaitingAt(CARRY_OUT_ACTION);
  }

  // ---------------------------------------------------------------- bad input

  void rejected(ThrowingCallable start, String message) {
    long instances = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FollowUpActionProcess.KEY).count();
    assertThatThrownBy(start).isInstanceOf(UserInputException.class).hasMessage(message);
    assertThat(followUps.ofMeeting(meetingId)).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FollowUpActionProcess.KEY).count()).isEqualTo(instances);
    assertThat(sent()).isEmpty();
  }

  @Test
  void anUnknownOwnerIsRejected() {
    rejected(() -> followUps.startAction(null, meetingId, CALENDAR, "anders.ukendt", DUE),
        "Den ansvarlige 'anders.ukendt' findes ikke som person, gruppe eller ekstern part.");
    rejected(() -> followUps.startReservation(null, meetingId, RESERVATION, "ukendt-gruppe", DUE),
        "Den ansvarlige 'ukendt-gruppe' findes ikke som person, gruppe eller ekstern part.");
    rejected(() -> followUps.startAction(null, meetingId, CALENDAR, " ", DUE),
        "Angiv en ansvarlig: en person, en gruppe, en ekstern part eller en gæst.");
    rejected(() -> followUps.startReservation(null, meetingId, RESERVATION, "kkr-nordjylland", DUE),
        "Et forbehold afklares af en person eller gruppe i samarbejdet, ikke af en ekstern part eller en gæst.");
  }

  @Test
  void aDueDateBeforeTodayIsRejected() {
    rejected(() -> followUps.startAction(null, meetingId, CALENDAR, "lone.berg", LocalDate.of(2025, 8, 29)),
        "Fristen 29. august 2025 ligger før i dag (1. september 2025).");
    rejected(() -> followUps.startAction(null, meetingId, CALENDAR, "lone.berg", null),
        "Angiv en frist for opfølgningen.");
  }

  @Test
  void aBlankOrTooLongDescriptionIsRejected() {
    rejected(() -> followUps.startAction(null, meetingId, "  ", "lone.berg", DUE),
        "Beskriv den opfølgende handling.");
    rejected(() -> followUps.startReservation(null, meetingId, null, "koordineringsgruppen-members", DUE),
        "Beskriv forbeholdet, der skal afklares.");
    rejected(() -> followUps.startAction(null, meetingId, "x".repeat(4001), "lone.berg", DUE),
        "Beskrivelsen er længere end 4000 tegn.");
  }

  @Test
  void anUnknownMeetingIsRejected() {
    rejected(() -> followUps.startAction(null, "ffu-1999-01-01", CALENDAR, "lone.berg", DUE),
        "Mødet 'ffu-1999-01-01' findes ikke.");
  }

  @Test
  void aStartThatFailsAfterTheRowIsWrittenLeavesNoRowAndNoProcess() {
    // Called as a plain forum member (not from a delegate, not as the system), the engine refuses to start the
    // process: the row already inserted is rolled back with it.
    long instances = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FollowUpActionProcess.KEY).count();
    engine.getIdentityService().setAuthentication("lone.berg", List.of("ffu-members"));
    try {
      assertThatThrownBy(() -> followUps.startAction(null, meetingId, CALENDAR, "lone.berg", DUE))
          .isInstanceOf(AuthorizationException.class);
      // The owner check ran as the system but gave the caller's authentication back.
      assertThat(engine.getIdentityService().getCurrentAuthentication().getUserId()).isEqualTo("lone.berg");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(followUps.ofMeeting(meetingId)).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FollowUpActionProcess.KEY).count()).isEqualTo(instances);
  }

  @Test
  void anUnknownActionIsNotFound() {
    assertThatThrownBy(() -> followUps.get(-1))
        .isInstanceOf(NotFoundException.class).hasMessage("Opfølgningen med id -1 findes ikke.");
  }

  @Test
  void completingWithoutAResultLeavesTheTaskOpenWithADanishMessage() {
    long id = followUps.startAction(null, meetingId, CALENDAR, "lone.berg", DUE);
    ProcessInstance instance = instance(id);
    Task task = task(CARRY_OUT_ACTION, instance);

    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId()))
        .satisfies(e -> assertThat(UserInputException.in(e)).get()
            .extracting(Throwable::getMessage).asString()
            .isEqualTo("Opgaven kan ikke fuldføres: Beskriv, hvad der er gjort, før opgaven fuldføres."));
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of(ACTION_RESULT.getName(),
        "x".repeat(4001))))
        .hasMessageContaining("er længere end 4000 tegn");

    assertThat(instance).isWaitingAt(CARRY_OUT_ACTION);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), ACTION_RESULT.getName())).isNull();
    assertThat(followUps.get(id).status()).isEqualTo(ActionStatus.OPEN);
    assertThat(followUps.get(id).result()).isNull();
    assertThat(sent()).isEmpty();
  }

  @Test
  void clearingAndReportingRequireTheirTexts() {
    long id = followUps.startReservation(null, meetingId, RESERVATION, "koordineringsgruppen-members", DUE);
    ProcessInstance instance = instance(id);
    assertThatThrownBy(() -> engine.getTaskService().complete(task(CLEAR_RESERVATION, instance).getId()))
        .hasMessageContaining("Beskriv, hvordan forbeholdet er afklaret.");
    complete(task(CLEAR_RESERVATION, instance), withVariables(RESERVATION_RESOLUTION.getName(), "Afklaret."));
    assertThatThrownBy(() -> engine.getTaskService().complete(task(REPORT_RESERVATION, instance).getId(),
        Map.of(RESERVATION_REPORT.getName(), " ")))
        .hasMessageContaining("Skriv tilbagemeldingen til forummet.");
    assertThat(instance).isWaitingAt(REPORT_RESERVATION);
    assertThat(followUps.get(id).status()).isEqualTo(ActionStatus.OPEN);
  }

  // ---------------------------------------------------------------- configuration

  @Test
  void theOffsetsDefaultTo2Then1Then3WorkingDaysAndAreConfigurable() {
    assertThat(properties).isEqualTo(new FollowUpProperties(2, 1, 3));
    long id = followUps.startAction(null, meetingId, CALENDAR, "lone.berg", DUE);
    ActionSchedule schedule = new ActionSchedule(actions, workingDays, new FollowUpProperties(5, 2, 10));
    assertThat(Clock.of(schedule.due(id))).isEqualTo(LocalDateTime.of(2025, 9, 15, 12, 0));
    assertThat(Clock.of(schedule.reminder(id))).isEqualTo(LocalDateTime.of(2025, 9, 8, 12, 0));
    assertThat(Clock.of(schedule.escalateToSecretariat(id))).isEqualTo(LocalDateTime.of(2025, 9, 17, 12, 0));
    assertThat(Clock.of(schedule.escalateToChair(id))).isEqualTo(LocalDateTime.of(2025, 9, 29, 12, 0));
  }
}
