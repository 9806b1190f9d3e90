package dk.nordjylland.governance.followup;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import dk.nordjylland.governance.task.TaskForm;
import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The follow-up model (processes/follow-up-action.bpmn): one instance per action or reservation of a
 * meeting, business key {@code action-<id>}. Only ids and what candidate groups, assignee and the gateway
 * read live in the process; the content is in {@code gov_action}.
 */
public final class FollowUpActionProcess {

  public static final String KEY = "followUpAction";
  /**
   * Sent when a reservation an item was approved with is cleared and reported, correlated by the waiting
   * process's variable {@code itemId} (e.g. an agreement's forum step).
   */
  public static final String MESSAGE_RESERVATION_CLEARED = "item.reservationCleared";
  /** The waiting process's variable the message is correlated by: the item whose reservation was cleared. */
  public static final VariableFactory<Long> CLEARED_ITEM_ID = longVariable("itemId");

  public static final VariableFactory<Long> ACTION_ID = longVariable("actionId");
  /** The candidate group of the tasks: the owning group, or the forum's secretariat for a personal owner. */
  public static final VariableFactory<String> OWNER_GROUP = stringVariable("ownerGroup");
  /** The owning person (assignee), or null when a group owns the action. */
  public static final VariableFactory<String> OWNER_USER = stringVariable("ownerUser");
  public static final VariableFactory<String> FORUM_ID = stringVariable("forumId");
  /** {@link ActionKind#name()}: ACTION or RESERVATION. */
  public static final VariableFactory<String> ACTION_KIND = stringVariable("actionKind");

  /** What the forms submit. */
  public static final VariableFactory<String> ACTION_RESULT = stringVariable("actionResult");
  public static final VariableFactory<String> RESERVATION_RESOLUTION = stringVariable("reservationResolution");
  public static final VariableFactory<String> RESERVATION_REPORT = stringVariable("reservationReport");

  /** What the tasks show: task-local, set by actionTaskView when the task is created. */
  public static final VariableFactory<String> ACTION_DESCRIPTION = stringVariable("actionDescription");
  public static final VariableFactory<String> MEETING_TITLE = stringVariable("meetingTitle");
  public static final VariableFactory<String> DUE_TEXT = stringVariable("dueText");

  public static String businessKey(long actionId) {
    return "action-" + actionId;
  }

  public static final class Elements {

    public static final String CARRY_OUT_ACTION = "userTask_carryOutAction";
    public static final String ACTION_REMINDER = "timer_actionReminder";
    public static final String ACTION_ESCALATE_TO_SECRETARIAT = "timer_escalateToSecretariat";
    public static final String ACTION_ESCALATE_TO_CHAIR = "timer_escalateToChair";
    public static final String REMIND_ACTION_OWNER = "serviceTask_remindActionOwner";
    public static final String ESCALATE_ACTION_TO_SECRETARIAT = "serviceTask_escalateActionToSecretariat";
    public static final String ESCALATE_ACTION_TO_CHAIR = "serviceTask_escalateActionToChair";
    public static final String ACTION_REMINDER_SENT = "endEvent_actionReminderSent";
    public static final String ACTION_SECRETARIAT_ESCALATED = "endEvent_actionSecretariatEscalated";
    public static final String ACTION_CHAIR_ESCALATED = "endEvent_actionChairEscalated";
    public static final String RECORD_ACTION_DONE = "serviceTask_recordActionDone";
    public static final String ACTION_DONE = "endEvent_actionDone";

    public static final String CLEAR_RESERVATION = "userTask_clearReservation";
    public static final String RESERVATION_REMINDER = "timer_reservationReminder";
    public static final String RESERVATION_ESCALATE_TO_SECRETARIAT = "timer_reservationEscalateToSecretariat";
    public static final String RESERVATION_ESCALATE_TO_CHAIR = "timer_reservationEscalateToChair";
    public static final String REMIND_RESERVATION_OWNER = "serviceTask_remindReservationOwner";
    public static final String ESCALATE_RESERVATION_TO_SECRETARIAT = "serviceTask_escalateReservationToSecretariat";
    public static final String ESCALATE_RESERVATION_TO_CHAIR = "serviceTask_escalateReservationToChair";
    public static final String RESERVATION_REMINDER_SENT = "endEvent_reservationReminderSent";
    public static final String RESERVATION_SECRETARIAT_ESCALATED = "endEvent_reservationSecretariatEscalated";
    public static final String RESERVATION_CHAIR_ESCALATED = "endEvent_reservationChairEscalated";
    public static final String REPORT_RESERVATION = "userTask_reportReservation";
    public static final String RECORD_RESERVATION_CLEARED = "serviceTask_recordReservationCleared";
    public static final String RESERVATION_CLEARED = "endEvent_reservationCleared";

    private Elements() {}
  }

  /** The user tasks' screens and the field each submits. */
  public static final class Forms {
    public static final TaskForm CARRY_OUT_ACTION = TaskForm.screen(Elements.CARRY_OUT_ACTION, "carry-out-action")
        .with(ACTION_RESULT);
    public static final TaskForm CLEAR_RESERVATION = TaskForm.screen(Elements.CLEAR_RESERVATION, "clear-reservation")
        .with(RESERVATION_RESOLUTION);
    public static final TaskForm REPORT_RESERVATION = TaskForm.screen(Elements.REPORT_RESERVATION,
        "report-reservation").with(RESERVATION_REPORT);

    private Forms() {}
  }

  private FollowUpActionProcess() {}
}
