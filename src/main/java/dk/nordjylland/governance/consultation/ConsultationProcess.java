package dk.nordjylland.governance.consultation;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import dk.nordjylland.governance.item.ForumDecisionProcess;
import dk.nordjylland.governance.task.TaskForm;
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

  /** What the reply screen and our API submit (they leave the process when the task completes). */
  public static final VariableFactory<String> REPLY_ANSWER = stringVariable("replyAnswer");
  public static final VariableFactory<String> CONTACT_NAME = stringVariable("contactName");
  public static final VariableFactory<String> CONTACT_EMAIL = stringVariable("contactEmail");
  /** The optional remark to a designated contact person. */
  public static final VariableFactory<String> CONTACT_REMARK = stringVariable("contactRemark");
  /** What the close form submits. */
  public static final VariableFactory<Boolean> CLOSE_CONFIRMED = booleanVariable("closeConfirmed");

  /** What the tasks show: task-local, set by the view listeners when the task is created. */
  public static final VariableFactory<String> CONSULTATION_SUBJECT = stringVariable("consultationSubject");
  public static final VariableFactory<String> CONSULTATION_QUESTION = stringVariable("consultationQuestion");
  public static final VariableFactory<String> RESPONDENT_NAME = stringVariable("respondentName");
  public static final VariableFactory<String> REPLY_DUE_TEXT = stringVariable("replyDueText");
  public static final VariableFactory<Boolean> ASKS_FOR_CONTACT_PERSON = booleanVariable("asksForContactPerson");
  public static final VariableFactory<String> REPLY_STATUS = stringVariable("replyStatus");

  public static String businessKey(long consultationId) {
    return "consultation-" + consultationId;
  }

  public static final class Elements {
    public static final String OPEN = "serviceTask_openConsultation";
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

  /** The user tasks' forms and their fields. */
  public static final class Forms {
    public static final TaskForm REPLY = TaskForm.screen(Elements.REPLY, "reply-consultation")
        .with(REPLY_ANSWER, CONTACT_NAME, CONTACT_EMAIL, CONTACT_REMARK);
    public static final TaskForm CLOSE_CONSULTATION = TaskForm.camundaForm(Elements.CLOSE_CONSULTATION,
        "close-consultation").with(CLOSE_CONFIRMED).showing(CONSULTATION_SUBJECT, REPLY_DUE_TEXT, REPLY_STATUS);

    private Forms() {}
  }

  private ConsultationProcess() {}
}
