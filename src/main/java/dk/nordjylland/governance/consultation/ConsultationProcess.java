package dk.nordjylland.governance.consultation;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import dk.nordjylland.governance.item.ForumDecisionProcess;
import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The consultation model (processes/consultation.bpmn): one instance per consultation, business key
 * {@code consultation-<id>}, started with {@link #CONSULTATION_ID} or called as a call activity with
 * {@code <camunda:in source="consultationId" target="consultationId"/>}. Only ids live in the process; the
 * question, respondents and replies are in {@code gov_consultation*}.
 */
public final class ConsultationProcess {

  public static final String KEY = "consultation";

  /** In: the consultation (created by {@link Consultations#create}). */
  public static final VariableFactory<Long> CONSULTATION_ID = longVariable("consultationId");
  /** Out: the agenda item that put the replies before the forum; null when the consultation names no forum. */
  public static final VariableFactory<Long> CONSULTATION_ITEM_ID = longVariable("consultationItemId");
  /** Out (when a forum decided): {@code item/Outcome} name of the forum's decision, from {@code forumDecision}. */
  public static final VariableFactory<String> ITEM_OUTCOME = stringVariable("itemOutcome");
  /** Out: what the forum's decision means (item.ForumDecision, from forumDecision). */
  public static final VariableFactory<String> FORUM_DECISION = ForumDecisionProcess.FORUM_DECISION;
  /** Out (when a forum decided): the meeting that decided. */
  public static final VariableFactory<String> DECISION_MEETING_ID = stringVariable("decisionMeetingId");
  /** In of the forum step: the item the forum decides. */
  public static final VariableFactory<Long> ITEM_ID = longVariable("itemId");
  /** The element variable of the multi-instance reply task: one user or group id per instance. */
  public static final VariableFactory<String> RESPONDENT = stringVariable("respondent");

  /** What the reply form submits (they leave the process when the task completes). */
  public static final String REPLY_ANSWER = "replyAnswer";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_EMAIL = "contactEmail";
  /** The optional remark to a designated contact person. */
  public static final String CONTACT_REMARK = "contactRemark";
  /** What the close form submits. */
  public static final String CLOSE_CONFIRMED = "closeConfirmed";

  public static String businessKey(long consultationId) {
    return "consultation-" + consultationId;
  }

  public static final class Elements {
    public static final String START = "startEvent_consultationOpened";
    public static final String OPEN = "serviceTask_openConsultation";
    public static final String COLLECT_REPLIES = "subProcess_collectReplies";
    public static final String COLLECT_START = "startEvent_collectReplies";
    public static final String REPLY = "userTask_reply";
    public static final String ALL_REPLIED = "endEvent_allReplied";
    public static final String REPLY_REMINDER = "timer_replyReminder";
    public static final String REMIND_RESPONDENTS = "serviceTask_remindRespondents";
    public static final String REMINDER_SENT = "endEvent_reminderSent";
    public static final String REPLY_DEADLINE = "timer_replyDeadlinePassed";
    public static final String ESCALATE = "serviceTask_escalateToSecretariat";
    public static final String CLOSE_CONSULTATION = "userTask_closeConsultation";
    public static final String CLOSED_BY_SECRETARIAT = "endEvent_closedBySecretariat";
    public static final String RECORD_CLOSED = "serviceTask_recordClosed";
    public static final String FORUM_NAMED = "gateway_forumNamed";
    public static final String PUT_BEFORE_FORUM = "serviceTask_putRepliesBeforeForum";
    public static final String FORUM_DECISION = "callActivity_forumDecision";
    public static final String FORUM_DECIDED = "endEvent_forumDecided";
    public static final String REPLIES_COLLECTED = "endEvent_repliesCollected";

    private Elements() {}
  }

  private ConsultationProcess() {}
}
