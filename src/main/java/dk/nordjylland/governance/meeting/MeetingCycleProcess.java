package dk.nordjylland.governance.meeting;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.customVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import dk.nordjylland.governance.task.TaskForm;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * The meeting cycle model (processes/meeting-cycle.bpmn): its key, element ids, variables and the forms of its tasks
 * (ADR 0053). The screens, our API, the listeners and the tests use these names; ProcessContractTest checks them
 * against the model and the screens.
 */
public final class MeetingCycleProcess {

  public static final String KEY = "meetingCycle";

  /** Process variables: ids and the flags the gateways read; the content lives in our tables. */
  public static final VariableFactory<String> MEETING_ID = stringVariable("meetingId");
  public static final VariableFactory<String> FORUM_ID = stringVariable("forumId");
  public static final VariableFactory<Boolean> AGENDA_APPROVED = booleanVariable("agendaApproved");
  public static final VariableFactory<Boolean> COMMENT_ROUND = booleanVariable("commentRound");
  public static final VariableFactory<Boolean> MINUTES_APPROVED = booleanVariable("minutesApproved");
  /** When the call for items opened: a reminder or escalation whose moment was already past is not sent. */
  public static final VariableFactory<Date> CALL_OPENED_AT = dateVariable("callOpenedAt");

  /** What the tasks submit (they leave the process when the task completes, except the gateways' flags above). */
  public static final VariableFactory<Boolean> CALL_CLOSED = booleanVariable("callClosed");
  public static final VariableFactory<String> COLLECT_REMARKS = stringVariable("collectRemarks");
  /** The screening as a JSON list [{itemId, decision, position, ...}] (ADR 0036), from the screen or our API. */
  public static final VariableFactory<Object> SCREENING = customVariable("screening", Object.class);
  public static final VariableFactory<String> AGENDA_REMARKS = stringVariable("agendaRemarks");
  /** The chair's yes to sending an agenda without items (read once: a later approval asks again). */
  public static final VariableFactory<Boolean> EMPTY_AGENDA_CONFIRMED = booleanVariable("emptyAgendaConfirmed");
  /** The meeting's record (ADR 0037): absent member ids comma-separated, the guests, and three JSON lists. */
  public static final VariableFactory<String> ABSENTEES = stringVariable("absentees");
  public static final VariableFactory<String> GUESTS = stringVariable("guests");
  public static final VariableFactory<Object> DECISIONS = customVariable("decisions", Object.class);
  public static final VariableFactory<Object> ACTIONS = customVariable("actions", Object.class);
  /** Items sent on to bodies outside the collaboration (issue 15): [{itemId, externalBodyId}]. */
  public static final VariableFactory<Object> EXTERNAL_FORWARDS = customVariable("externalForwards", Object.class);
  public static final VariableFactory<String> MINUTES_INTRODUCTION = stringVariable("minutesIntroduction");
  public static final VariableFactory<String> MINUTES_COMMENT = stringVariable("minutesComment");
  public static final VariableFactory<String> MINUTES_REMARKS = stringVariable("minutesRemarks");

  /** What the tasks show: task-local, set by the views when the task is created, gone with it. */
  public static final VariableFactory<String> MEETING_TITLE = stringVariable("meetingTitle");
  public static final VariableFactory<String> ITEM_DEADLINE_TEXT = stringVariable("itemDeadlineText");
  public static final VariableFactory<String> AGENDA_PUBLICATION_TEXT = stringVariable("agendaPublicationText");
  public static final VariableFactory<String> COMMENT_DEADLINE_TEXT = stringVariable("commentDeadlineText");
  public static final VariableFactory<String> AGENDA_TEXT = stringVariable("agendaText");
  public static final VariableFactory<Integer> AGENDA_ITEM_COUNT = intVariable("agendaItemCount");

  /** The approval screens' choice (approve or send back), submitted as agendaApproved or minutesApproved. */
  public static final String DECISION_FIELD = "decision";

  public static final class Elements {
    public static final String OPEN_CALL_FOR_ITEMS = "serviceTask_openCallForItems";
    public static final String COLLECT_ITEMS = "userTask_collectItems";
    public static final String ITEM_DEADLINE_REMINDER = "timer_itemDeadlineReminder";
    public static final String ITEM_DEADLINE_ESCALATION = "timer_itemDeadlineEscalation";
    public static final String REMINDER_SENT = "endEvent_reminderSent";
    public static final String ESCALATION_SENT = "endEvent_escalationSent";
    public static final String SCREEN_ITEMS = "userTask_screenItems";
    /** The pre-meeting's own cycle is started here (ADR 0046); "Afvent formødet" waits for its record. */
    public static final String START_PRE_MEETING = "serviceTask_startPreMeeting";
    public static final String AWAIT_PRE_MEETING = "receiveTask_awaitPreMeeting";
    public static final String PRE_MEETING_WAIT = "timer_preMeetingWait";
    public static final String APPROVE_AGENDA = "userTask_approveAgenda";
    public static final String AGENDA_PUBLICATION = "timer_agendaPublication";
    public static final String PUBLISH_AGENDA = "serviceTask_publishAgenda";
    public static final String MEETING_START = "timer_meetingStart";
    public static final String RECORD_MEETING = "userTask_recordMeeting";
    public static final String DRAFT_MINUTES = "userTask_draftMinutes";
    public static final String COMMENT_ON_MINUTES = "userTask_commentOnMinutes";
    public static final String COMMENT_DEADLINE = "timer_commentDeadline";
    public static final String APPROVE_MINUTES = "userTask_approveMinutes";
    public static final String PUBLISH_MINUTES = "serviceTask_publishMinutes";
    public static final String START_FOLLOW_UP = "serviceTask_startFollowUp";
    public static final String COMPLETED = "endEvent_meetingCompleted";

    private Elements() {}
  }

  /** The user tasks' screens and the fields they submit. */
  public static final class Forms {
    public static final TaskForm COLLECT_ITEMS = TaskForm.screen(Elements.COLLECT_ITEMS, "collect-items")
        .with(CALL_CLOSED, COLLECT_REMARKS);
    /** The screening list is built from each item's row. */
    public static final TaskForm SCREEN_ITEMS = TaskForm.screen(Elements.SCREEN_ITEMS, "screen-items");
    public static final TaskForm APPROVE_AGENDA = TaskForm.screen(Elements.APPROVE_AGENDA, "approve-agenda")
        .with(AGENDA_REMARKS, EMPTY_AGENDA_CONFIRMED).withFields(DECISION_FIELD);
    /** The record's lists are built from the rows of attendance, decisions and actions. */
    public static final TaskForm RECORD_MEETING = TaskForm.screen(Elements.RECORD_MEETING, "record-meeting");
    public static final TaskForm DRAFT_MINUTES = TaskForm.screen(Elements.DRAFT_MINUTES, "draft-minutes")
        .with(MINUTES_INTRODUCTION, COMMENT_ROUND);
    public static final TaskForm COMMENT_ON_MINUTES = TaskForm.screen(Elements.COMMENT_ON_MINUTES, "comment-minutes")
        .with(MINUTES_COMMENT);
    public static final TaskForm APPROVE_MINUTES = TaskForm.screen(Elements.APPROVE_MINUTES, "approve-minutes")
        .with(MINUTES_REMARKS).withFields(DECISION_FIELD);

    private Forms() {}
  }

  private MeetingCycleProcess() {}
}
