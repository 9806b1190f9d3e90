package dk.nordjylland.governance.consultation;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import dk.nordjylland.governance.task.TaskForm;
import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The mid-term status model (processes/midterm-status.bpmn): business key {@code midterm-status-<consultationId>}.
 * It calls {@code consultation} (the clusters and the coordination group reply; the replies go before FFU),
 * then {@code forumDecision} for SSF and SSU, and ends with the secretariat's task to send the status to
 * Sundhedsstyrelsen. Not approved anywhere: the secretariat revises it, and it goes before FFU again.
 */
public final class MidtermStatusProcess {

  public static final String KEY = "midtermStatus";

  public static final VariableFactory<Long> CONSULTATION_ID = ConsultationProcess.CONSULTATION_ID;
  /** The item of the current forum step. */
  public static final VariableFactory<Long> ITEM_ID = ConsultationProcess.ITEM_ID;
  public static final VariableFactory<String> ITEM_OUTCOME = ConsultationProcess.ITEM_OUTCOME;
  /** What the last forum's decision means (item.ForumDecision); the gateways read it. */
  public static final VariableFactory<String> FORUM_DECISION = ConsultationProcess.FORUM_DECISION;
  public static final VariableFactory<String> DECISION_MEETING_ID = ConsultationProcess.DECISION_MEETING_ID;

  /** What the forms submit (they leave the process when the task completes). */
  public static final VariableFactory<String> SENT_NOTE = stringVariable("sentNote");
  public static final VariableFactory<String> REVISION_NOTE = stringVariable("revisionNote");

  /** What the forms show: task-local, set by midtermStatusView. */
  public static final VariableFactory<String> CONSULTATION_SUBJECT = ConsultationProcess.CONSULTATION_SUBJECT;
  public static final VariableFactory<String> DECISION_TEXT = stringVariable("decisionText");

  public static String businessKey(long consultationId) {
    return "midterm-status-" + consultationId;
  }

  public static final class Elements {
    public static final String CONSULTATION = "callActivity_consultation";
    public static final String FFU_APPROVED = "gateway_ffuApproved";
    public static final String PROPOSE_TO_SSF = "serviceTask_proposeToSsf";
    public static final String SSF_DECISION = "callActivity_ssfDecision";
    public static final String SSF_APPROVED = "gateway_ssfApproved";
    public static final String PROPOSE_TO_SSU = "serviceTask_proposeToSsu";
    public static final String SSU_DECISION = "callActivity_ssuDecision";
    public static final String SSU_APPROVED = "gateway_ssuApproved";
    public static final String SEND_TO_HEALTH_AUTHORITY = "userTask_sendToHealthAuthority";
    public static final String SENT = "endEvent_sentToHealthAuthority";
    public static final String REVISE = "userTask_reviseMidtermStatus";
    public static final String PROPOSE_TO_FFU = "serviceTask_proposeToFfu";
    public static final String FFU_DECISION = "callActivity_ffuDecision";

    private Elements() {}
  }

  /** The user tasks' Camunda Forms and their fields. */
  public static final class Forms {
    public static final TaskForm SEND_TO_HEALTH_AUTHORITY = TaskForm.camundaForm(Elements.SEND_TO_HEALTH_AUTHORITY,
        "send-midterm-status").with(SENT_NOTE).showing(CONSULTATION_SUBJECT, DECISION_TEXT);
    public static final TaskForm REVISE = TaskForm.camundaForm(Elements.REVISE, "revise-midterm-status")
        .with(REVISION_NOTE).showing(CONSULTATION_SUBJECT, DECISION_TEXT);

    private Forms() {}
  }

  private MidtermStatusProcess() {}
}
