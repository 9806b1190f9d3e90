package dk.nordjylland.governance.meeting;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/** The meeting cycle model (processes/meeting-cycle.bpmn): its key, element ids and variables. */
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
  public static final VariableFactory<String> COMMENTATOR = stringVariable("commentator");

  public static final class Elements {
    public static final String START = "startEvent_meetingScheduled";
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

  private MeetingCycleProcess() {}
}
