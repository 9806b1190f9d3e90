package dk.nordjylland.governance.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.DECISIONS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.EMPTY_AGENDA_CONFIRMED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.*;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_COMMENT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_REMARKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.MeetingDocuments;
import dk.nordjylland.governance.item.Agenda;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Screening;
import dk.nordjylland.governance.minutes.Minutes;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.FlowNodeCoverage;
import dk.nordjylland.governance.support.ProcessCoverageTest;
import dk.nordjylland.governance.support.TestMeetings;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/meeting-cycle.bpmn, timers included. */
@ProcessCoverageTest
class MeetingCycleProcessTest {

  /** Friday 22 August 2025 12:00, as the FFU meeting of seed 003. */
  static final LocalDateTime MEETING = LocalDateTime.of(2025, 8, 22, 12, 0);

  @Autowired ProcessEngine engine;
  @Autowired MeetingCycleStarter starter;
  @Autowired TestMeetings testMeetings;
  @Autowired Meetings meetings;
  @Autowired NotificationOutbox notifications;
  @Autowired Agenda agenda;
  @Autowired ItemProposals itemProposals;
  @Autowired Screening itemScreening;
  @Autowired Items items;
  @Autowired Minutes minutes;
  @Autowired MeetingDocuments documents;

  String meetingId;
  ProcessInstance cycle;
  /** Every cycle this class started, for the coverage assertion. */
  static final Set<String> STARTED = new HashSet<>();
  static ProcessEngine usedEngine;

  @BeforeEach
  void setUp() {
    init(engine);
    Clock.set(MEETING.minusDays(40));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @AfterAll
  static void everyFlowNodeIsCovered() {
    assertThat(FlowNodeCoverage.missed(usedEngine, MeetingCycleProcess.KEY, STARTED))
        .as("flow nodes of the meeting cycle that no test passed").isEmpty();
  }

  ProcessInstance startCycle(String forumId) {
    meetingId = testMeetings.create(forumId, MEETING);
    assertThat(starter.start(meetingId)).contains(meetingId);
    cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult();
    STARTED.add(cycle.getId());
    usedEngine = engine;
    return cycle;
  }

  void toAgendaApproval() {
    complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
    complete(task(SCREEN_ITEMS, cycle));
  }

  void toMinutes() {
    toAgendaApproval();
    // Koordineringsgruppen has no standing items: its empty agenda is approved with the chair's confirmation.
    complete(task(APPROVE_AGENDA, cycle), withVariables(AGENDA_APPROVED.getName(), true,
        EMPTY_AGENDA_CONFIRMED.getName(), true));
    assertThat(cycle).isWaitingAt(AGENDA_PUBLICATION);
    execute(job(AGENDA_PUBLICATION, cycle));
    assertThat(cycle).isWaitingAt(MEETING_START);
    execute(job(MEETING_START, cycle));
    recordEveryItemTakenToNotice();
  }

  /** The secretariat records "taken to notice" for every item on the agenda. */
  void recordEveryItemTakenToNotice() {
    StringBuilder json = new StringBuilder("[");
    for (var entry : agenda.decisionsView(meetingId)) {
      json.append(json.length() > 1 ? "," : "").append("{\"itemId\":").append(entry.itemId())
          .append(",\"outcome\":\"TAKEN_TO_NOTICE\"}");
    }
    complete(task(RECORD_MEETING, cycle), withVariables(DECISIONS.getName(), json.append("]").toString()));
  }

  List<NotificationKind> notificationKinds() {
    return notifications.ofMeeting(meetingId).stream().map(Notification::kind).toList();
  }

  @Test
  void aForumWithoutPreMeetingRunsFromCallForItemsToFollowUp() {
    startCycle("ffu");
    assertThat(cycle).isStarted().hasPassed(OPEN_CALL_FOR_ITEMS).isWaitingAt(COLLECT_ITEMS);
    assertThat(meetings.get(meetingId).status()).isEqualTo(MeetingStatus.CALL_FOR_ITEMS);
    assertThat(task(COLLECT_ITEMS, cycle)).hasCandidateGroup("ffu-secretariat");
    // 12 working days before Friday 22 August 2025 is Wednesday 6 August, 12:00.
    assertThat(Clock.of(task(COLLECT_ITEMS, cycle).getDueDate())).isEqualTo(LocalDateTime.of(2025, 8, 6, 12, 0));

    complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
    assertThat(task(SCREEN_ITEMS, cycle)).hasCandidateGroup("ffu-chair").hasCandidateGroup("ffu-secretariat");
    complete(task(SCREEN_ITEMS, cycle));
    assertThat(cycle).hasNotPassed(START_PRE_MEETING).isWaitingAt(APPROVE_AGENDA);
    assertThat(task(APPROVE_AGENDA, cycle)).hasCandidateGroup("ffu-chair");
    // The chair sees the screened agenda: FFU's standing items, in order.
    assertThat((String) engine.getTaskService().getVariableLocal(task(APPROVE_AGENDA, cycle).getId(),
        AGENDA_TEXT.getName()))
        .startsWith("1. Mødedeltagere\n2. Godkendelse af dagsorden\n3. (Fast punkt) Orientering: Sundhedsreformen")
        .contains("5. Eventuelt");
    complete(task(APPROVE_AGENDA, cycle), withVariables(AGENDA_APPROVED.getName(), true));

    // The agenda goes out 5 working days before the meeting: Friday 15 August 12:00.
    assertThat(Clock.of(job(AGENDA_PUBLICATION, cycle).getDuedate())).isEqualTo(LocalDateTime.of(2025, 8, 15, 12, 0));
    execute(job(AGENDA_PUBLICATION, cycle));
    assertThat(meetings.get(meetingId).status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
    assertThat(Clock.of(job(MEETING_START, cycle).getDuedate())).isEqualTo(MEETING);
    execute(job(MEETING_START, cycle));

    assertThat(task(RECORD_MEETING, cycle)).hasCandidateGroup("ffu-secretariat");
    recordEveryItemTakenToNotice();
    complete(task(DRAFT_MINUTES, cycle), withVariables(COMMENT_ROUND.getName(), false));
    assertThat(cycle).hasNotPassed(COMMENT_ON_MINUTES).isWaitingAt(APPROVE_MINUTES);
    complete(task(APPROVE_MINUTES, cycle), withVariables(MINUTES_APPROVED.getName(), true));

    assertThat(cycle).hasPassed(PUBLISH_MINUTES, START_FOLLOW_UP).isEnded();
    assertThat(meetings.get(meetingId).status()).isEqualTo(MeetingStatus.COMPLETED);
    assertThat(notificationKinds())
        .containsExactly(NotificationKind.CALL_FOR_ITEMS, NotificationKind.AGENDA, NotificationKind.MINUTES);
  }

  /** The pre-meeting's own cycle, started by SSF's (ADR 0046). */
  ProcessInstance preMeetingCycle(Meeting pre) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(pre.id())
        .singleResult();
  }

  /** Runs the pre-meeting's cycle to its record: the items preparing SSF's get {@code conclusion}, others noted. */
  void holdPreMeeting(Meeting pre, String conclusion) {
    ProcessInstance preCycle = preMeetingCycle(pre);
    complete(task(COLLECT_ITEMS, preCycle), withVariables(CALL_CLOSED.getName(), true));
    complete(task(SCREEN_ITEMS, preCycle));
    assertThat(task(APPROVE_AGENDA, preCycle)).hasCandidateGroup("ssf-formoede-chair");
    complete(task(APPROVE_AGENDA, preCycle), withVariables(AGENDA_APPROVED.getName(), true,
        EMPTY_AGENDA_CONFIRMED.getName(), true));
    execute(job(AGENDA_PUBLICATION, preCycle));
    execute(job(MEETING_START, preCycle));
    assertThat(task(RECORD_MEETING, preCycle)).hasCandidateGroup("ssf-formoede-secretariat");
    StringBuilder json = new StringBuilder("[");
    for (var entry : agenda.decisionsView(pre.id())) {
      long itemId = entry.itemId();
      boolean prepares = items.get(itemId).title().equals(SSF_ITEM);
      json.append(json.length() > 1 ? "," : "").append("{\"itemId\":").append(itemId)
          .append(prepares ? ",\"outcome\":\"DISCUSSED\",\"decisionText\":\"" + conclusion + "\"}"
              : ",\"outcome\":\"TAKEN_TO_NOTICE\"}");
    }
    complete(task(RECORD_MEETING, preCycle), withVariables(DECISIONS.getName(), json.append("]").toString()));
  }

  static final String SSF_ITEM = "Drøftelse: Akutplanen for Nordjylland";

  /** SSF's cycle with an item of its own, screened: the pre-meeting is called and SSF waits for it. */
  Meeting ssfToPreMeeting() {
    startCycle("ssf");
    itemProposals.proposeForProcess(new ItemProposal("ssf", meetingId, SSF_ITEM, "1-01-72-1-26",
        "Akutplanen drøftes.", null, null, null, null, List.of("Drøfter akutplanen."), List.of()), "system");
    complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
    complete(task(SCREEN_ITEMS, cycle));
    assertThat(cycle).hasPassed(START_PRE_MEETING).isWaitingAt(AWAIT_PRE_MEETING);
    return meetings.preMeetingOf(meetingId).orElseThrow();
  }

  @Test
  void ssfCallsItsPreMeetingAsAMeetingOfItsOwnAndWaitsForItsRecord() {
    Meeting pre = ssfToPreMeeting();
    // 7 working days before Friday 22 August 2025 (SSF's pre-meeting-working-days-before): Wednesday 13 August.
    assertThat(pre.forumId()).isEqualTo("ssf-formoede");
    assertThat(pre.startsAt()).isEqualTo(LocalDateTime.of(2025, 8, 13, 12, 0));
    assertThat(pre.place()).isEqualTo("Mødelokale D, Regionhuset");
    assertThat(pre.status()).isEqualTo(MeetingStatus.CALL_FOR_ITEMS);
    assertThat(meetings.mainMeetingOf(pre.id()).map(Meeting::id)).contains(meetingId);
    ProcessInstance preCycle = preMeetingCycle(pre);
    assertThat(preCycle).isWaitingAt(COLLECT_ITEMS);
    assertThat(task(COLLECT_ITEMS, preCycle)).hasCandidateGroup("ssf-formoede-secretariat");
    // SSF's item is before the pre-meeting, as an item of its own that prepares it.
    assertThat(itemScreening.screenable(pre.id())).extracting(Item::title).contains(SSF_ITEM);

    holdPreMeeting(pre, "Kommunerne bakker op om akutplanen.");
    assertThat(meetings.get(pre.id()).status()).isEqualTo(MeetingStatus.HELD);
    assertThat(cycle).hasPassed(AWAIT_PRE_MEETING).hasNotPassed(PRE_MEETING_WAIT).isWaitingAt(APPROVE_AGENDA);
    assertThat(task(APPROVE_AGENDA, cycle)).hasCandidateGroup("ssf-chair");
    // SSF's agenda prints the pre-meeting's conclusion under the item.
    assertThat(documents.html(meetingId, DocumentKind.AGENDA))
        .contains("Konklusion fra Kommunalt formøde til Strategisk Sundhedsforum, 13. august 2025")
        .contains("Kommunerne bakker op om akutplanen.");

    // A send-back to the screening does not call the pre-meeting again: it is held.
    complete(task(APPROVE_AGENDA, cycle), withVariables(AGENDA_APPROVED.getName(), false, AGENDA_REMARKS.getName(),
        "Ret rækkefølgen."));
    complete(task(SCREEN_ITEMS, cycle));
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
        .activityId(START_PRE_MEETING).count()).isEqualTo(1);

    // The pre-meeting's own minutes go their own way.
    ProcessInstance preCycle2 = preMeetingCycle(pre);
    complete(task(DRAFT_MINUTES, preCycle2), withVariables(COMMENT_ROUND.getName(), false));
    complete(task(APPROVE_MINUTES, preCycle2), withVariables(MINUTES_APPROVED.getName(), true));
    assertThat(preCycle2).isEnded();
    assertThat(meetings.get(pre.id()).status()).isEqualTo(MeetingStatus.COMPLETED);
  }

  @Test
  void withoutThePreMeetingsRecordSsfGoesOnWhenTheWaitEndsAndWaitsAgainAfterASendBack() {
    Meeting pre = ssfToPreMeeting();
    // One working day after the pre-meeting's day.
    assertThat(Clock.of(job(PRE_MEETING_WAIT, cycle).getDuedate())).isEqualTo(LocalDateTime.of(2025, 8, 14, 12, 0));
    execute(job(PRE_MEETING_WAIT, cycle));
    assertThat(cycle).hasPassed(PRE_MEETING_WAIT).isWaitingAt(APPROVE_AGENDA);

    // Sent back while the pre-meeting is still not held: SSF waits for the same pre-meeting, no second one.
    complete(task(APPROVE_AGENDA, cycle), withVariables(AGENDA_APPROVED.getName(), false, AGENDA_REMARKS.getName(),
        "Afvent formødet."));
    complete(task(SCREEN_ITEMS, cycle));
    assertThat(cycle).isWaitingAt(AWAIT_PRE_MEETING);
    assertThat(meetings.preMeetingOf(meetingId).map(Meeting::id)).contains(pre.id());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(pre.id()).count())
        .isEqualTo(1);

    holdPreMeeting(pre, "Kommunerne ønsker akutplanen drøftet igen.");
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);
  }

  @Test
  void aForumWithoutPreMeetingPlansNone() {
    startCycle("ffu");
    toAgendaApproval();
    assertThat(meetings.preMeetingOf(meetingId)).isEmpty();
  }

  @Test
  void anAgendaThatIsNotApprovedGoesBackToScreening() {
    startCycle("ffu");
    toAgendaApproval();
    complete(task(APPROVE_AGENDA, cycle),
        withVariables(AGENDA_APPROVED.getName(), false, AGENDA_REMARKS.getName(),
            "Punkt 6 skal flyttes til næste møde."));
    assertThat(cycle).isWaitingAt(SCREEN_ITEMS);
    complete(task(SCREEN_ITEMS, cycle));
    // The earlier "no" is gone: the new approval task decides anew.
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), AGENDA_APPROVED.getName())).isNull();
    complete(task(APPROVE_AGENDA, cycle), withVariables(AGENDA_APPROVED.getName(), true));
    assertThat(cycle).isWaitingAt(AGENDA_PUBLICATION);
  }

  @Test
  void aReminderGoesOutBeforeTheItemDeadlineAndAnEscalationToTheChairAfterIt() {
    startCycle("ffu");
    // Reminder 2 working days before the deadline of Wednesday 6 August: Monday 4 August 12:00.
    assertThat(Clock.of(job(ITEM_DEADLINE_REMINDER, cycle).getDuedate())).isEqualTo(LocalDateTime.of(2025, 8, 4, 12, 0));
    Clock.set(LocalDateTime.of(2025, 8, 4, 12, 1));
    execute(job(ITEM_DEADLINE_REMINDER, cycle));
    assertThat(cycle).hasPassed(REMINDER_SENT).isWaitingAt(COLLECT_ITEMS);
    // Escalation 1 working day after the deadline: Thursday 7 August 12:00, to the chair.
    assertThat(Clock.of(job(ITEM_DEADLINE_ESCALATION, cycle).getDuedate())).isEqualTo(LocalDateTime.of(2025, 8, 7, 12, 0));
    Clock.set(LocalDateTime.of(2025, 8, 7, 12, 1));
    execute(job(ITEM_DEADLINE_ESCALATION, cycle));
    assertThat(cycle).hasPassed(ESCALATION_SENT).isWaitingAt(COLLECT_ITEMS);

    List<Notification> sent = notifications.ofMeeting(meetingId);
    assertThat(sent).extracting(Notification::kind)
        .containsExactly(NotificationKind.CALL_FOR_ITEMS, NotificationKind.REMINDER, NotificationKind.ESCALATION);
    assertThat(sent.get(1).recipientGroup()).isEqualTo("ffu-members");
    assertThat(sent.get(2).recipientGroup()).isEqualTo("ffu-chair");
    assertThat(sent.get(2).subject()).contains("Eskalering");
  }

  /** Issue 14: a cycle started after its deadlines sent call, reminder and escalation in the same second. */
  @Test
  void aCycleStartedAfterItsDeadlinesSendsTheCallButNoStaleReminderOrEscalation() {
    // After the escalation moment (Thursday 7 August 12:00) of the meeting on 22 August.
    Clock.set(LocalDateTime.of(2025, 8, 8, 9, 0));
    startCycle("ffu");
    // Both timers are due at once: the engine fires them as soon as the job executor sees them.
    assertThat(Clock.of(job(ITEM_DEADLINE_ESCALATION, cycle).getDuedate())).isBefore(LocalDateTime.of(2025, 8, 8, 9, 0));
    execute(job(ITEM_DEADLINE_REMINDER, cycle));
    execute(job(ITEM_DEADLINE_ESCALATION, cycle));
    assertThat(cycle).hasPassed(REMINDER_SENT, ESCALATION_SENT).isWaitingAt(COLLECT_ITEMS);

    assertThat(notificationKinds()).containsExactly(NotificationKind.CALL_FOR_ITEMS);
  }

  /** Between the two: a cycle started after the reminder's moment but before the escalation's gets the escalation. */
  @Test
  void aCycleStartedBetweenReminderAndEscalationEscalatesOnTime() {
    Clock.set(LocalDateTime.of(2025, 8, 5, 9, 0));
    startCycle("ffu");
    execute(job(ITEM_DEADLINE_REMINDER, cycle));
    Clock.set(LocalDateTime.of(2025, 8, 7, 12, 1));
    execute(job(ITEM_DEADLINE_ESCALATION, cycle));

    assertThat(notificationKinds()).containsExactly(NotificationKind.CALL_FOR_ITEMS, NotificationKind.ESCALATION);
  }

  @Test
  void membersCommentOnTheDraftUntilTheDeadlineThenTheChairApproves() {
    startCycle("ffu");
    toMinutes();
    complete(task(DRAFT_MINUTES, cycle), withVariables(COMMENT_ROUND.getName(), true));
    List<Task> commentTasks = engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(COMMENT_ON_MINUTES).list();
    // Every member of FFU but the secretariat: one task each, assigned to them.
    assertThat(commentTasks).hasSize(11);
    assertThat(commentTasks).extracting(Task::getAssignee).contains("mads.kjaer", "lone.berg")
        .doesNotContain("karen.lund");
    engine.getTaskService().complete(commentTasks.get(0).getId(),
        Map.of(MINUTES_COMMENT.getName(), "Punkt 5: tilføj at orienteringen også gives til SSF."));
    // Kept with the member whose task it was, not left in a process variable the next member overwrites.
    assertThat(minutes.comments(meetingId)).singleElement().satisfies(c -> {
      assertThat(c.author()).isEqualTo(commentTasks.get(0).getAssignee());
      assertThat(c.text()).isEqualTo("Punkt 5: tilføj at orienteringen også gives til SSF.");
    });
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), MINUTES_COMMENT.getName())).isNull();

    execute(job(COMMENT_DEADLINE, cycle));
    assertThat(cycle).hasPassed(COMMENT_DEADLINE).isWaitingAt(APPROVE_MINUTES);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(COMMENT_ON_MINUTES).count()).isZero();
  }

  @Test
  void whenEveryMemberHasCommentedTheChairApprovesWithoutWaiting() {
    startCycle("koordineringsgruppen");
    toMinutes();
    complete(task(DRAFT_MINUTES, cycle), withVariables(COMMENT_ROUND.getName(), true));
    for (Task t : engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(COMMENT_ON_MINUTES).list()) {
      engine.getTaskService().complete(t.getId());
    }
    assertThat(cycle).hasNotPassed(COMMENT_DEADLINE).isWaitingAt(APPROVE_MINUTES);
  }

  @Test
  void minutesThatAreNotApprovedGoBackToTheSecretariat() {
    startCycle("ffu");
    toMinutes();
    complete(task(DRAFT_MINUTES, cycle));
    complete(task(APPROVE_MINUTES, cycle),
        withVariables(MINUTES_APPROVED.getName(), false, MINUTES_REMARKS.getName(),
            "Beslutningen under punkt 11 skal præciseres."));
    assertThat(cycle).isWaitingAt(DRAFT_MINUTES);
    assertThat(minutes.latestSendBack(meetingId)).get().extracting(s -> s.remarks())
        .isEqualTo("Beslutningen under punkt 11 skal præciseres.");
    complete(task(DRAFT_MINUTES, cycle));
    complete(task(APPROVE_MINUTES, cycle), withVariables(MINUTES_APPROVED.getName(), true));
    assertThat(cycle).isEnded();
  }

  @Test
  void invalidInputLeavesTheTaskOpenWithADanishMessage() {
    startCycle("ffu");
    Task collect = task(COLLECT_ITEMS, cycle);
    assertThatThrownBy(() -> engine.getTaskService().complete(collect.getId()))
        .satisfies(e -> assertThat(UserInputException.in(e)).get()
            .extracting(Throwable::getMessage).asString()
            .startsWith("Opgaven kan ikke fuldføres: Bekræft, at indkaldelsen er lukket"));
    assertThat(cycle).isWaitingAt(COLLECT_ITEMS);

    complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
    complete(task(SCREEN_ITEMS, cycle));
    Task approve = task(APPROVE_AGENDA, cycle);
    assertThatThrownBy(() -> engine.getTaskService().complete(approve.getId(),
        Map.of(AGENDA_APPROVED.getName(), false)))
        .hasMessageContaining("Skriv, hvad der skal ændres");
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);
    // Nothing of the rejected submission was saved.
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), AGENDA_APPROVED.getName())).isNull();
  }

  @Test
  void aMeetingIsClaimedForOneCycleOnly() {
    startCycle("ffu");
    assertThat(starter.start(meetingId)).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId).count())
        .isEqualTo(1);
  }

  @Test
  void dueCyclesStartByThemselvesOnTheirForumsOffset() {
    String ffu = testMeetings.create("ffu", LocalDateTime.of(2031, 3, 14, 10, 0));
    String preMeeting = testMeetings.create("ssf-formoede", LocalDateTime.of(2031, 3, 17, 8, 0));
    // FFU starts 20 working days before: Friday 14 February 2031. The day before, nothing starts.
    Clock.set(LocalDateTime.of(2031, 2, 13, 9, 0));
    assertThat(starter.startDueCycles()).doesNotContain(ffu);
    Clock.set(LocalDateTime.of(2031, 2, 14, 9, 0));
    assertThat(starter.startDueCycles()).contains(ffu).doesNotContain(preMeeting);
    assertThat(meetings.get(ffu).processInstanceId()).isNotNull();
  }
}
