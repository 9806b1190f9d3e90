package dk.nordjylland.governance.agreement;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import dk.nordjylland.governance.consultation.ConsultationProcess;
import dk.nordjylland.governance.followup.FollowUpActionProcess;
import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The agreement models: processes/collaboration-agreement.bpmn (one instance per agreement, business key
 * {@code agreement-<id>}) and processes/agreement-forum-step.bpmn (one forum step: propose the item, wait for
 * the decision in the approved minutes via {@code forumDecision}, handle remarks and reservations). Only ids
 * and the flags the gateways read live in the processes; the content is in the {@code gov_agreement*} tables.
 */
public final class CollaborationAgreementProcess {

  public static final String KEY = "collaborationAgreement";
  public static final String FORUM_STEP_KEY = "agreementForumStep";
  /** Sent when a reservation an item was approved with is cleared (followUpAction), by item id. */
  public static final String MESSAGE_RESERVATION_CLEARED =
      FollowUpActionProcess.MESSAGE_RESERVATION_CLEARED;

  public static final VariableFactory<Long> AGREEMENT_ID = longVariable("agreementId");
  /** Whether the terms of reference go to FFU first (new agreements). */
  public static final VariableFactory<Boolean> WITH_TERMS_OF_REFERENCE = booleanVariable("withTermsOfReference");
  /** In to the forum step: {@link StepKind#name()}. */
  public static final VariableFactory<String> STEP_KIND = stringVariable("stepKind");
  /** The forum step's row in gov_agreement_step. */
  public static final VariableFactory<Long> STEP_ID = longVariable("agreementStepId");
  /** Out of the forum step: APPROVED or SENT_BACK. */
  public static final VariableFactory<String> STEP_RESULT = stringVariable("stepResult");
  /**
   * The hearing's consultation ({@code gov_consultation}), created by {@code serviceTask_openHearing} and passed
   * to the call activity {@code callActivity_hearing} (process {@code consultation}); the same variable name as
   * the consultation's own.
   */
  public static final VariableFactory<Long> CONSULTATION_ID =
      ConsultationProcess.CONSULTATION_ID;
  /** The consultation the hearing's call activity calls. */
  public static final String CONSULTATION_KEY = ConsultationProcess.KEY;
  /** The assessment of the hearing's replies gives changes: back to the working group. */
  public static final VariableFactory<Boolean> HEARING_CHANGES = booleanVariable("hearingChanges");
  /** The element variable of the parties' approval tasks (a gov_agreement_approval id); the collection is read
   * from our tables ({@code agreementSchedule.approvalIds}). */
  public static final VariableFactory<Long> APPROVAL_ID = longVariable("approvalId");
  /** After FFU and the parties: SENT_BACK, RESERVATION_OPEN or READY. */
  public static final VariableFactory<String> ROUND_RESULT = stringVariable("roundResult");

  public static final String APPROVED = "APPROVED";
  public static final String SENT_BACK = "SENT_BACK";
  public static final String RESERVATION_OPEN = "RESERVATION_OPEN";
  public static final String READY = "READY";

  public static String businessKey(long agreementId) {
    return "agreement-" + agreementId;
  }

  public static final class Elements {
    public static final String START = "startEvent_agreementStarted";
    public static final String TERMS_OF_REFERENCE = "gateway_termsOfReference";
    public static final String TERMS_DECISION = "callActivity_termsOfReference";
    public static final String TERMS_APPROVED = "gateway_termsApproved";
    public static final String REVISE_TERMS = "userTask_reviseTermsOfReference";
    public static final String DRAFT_JOIN = "gateway_draftJoin";
    public static final String DRAFT = "userTask_draftAgreement";
    public static final String OPEN_HEARING = "serviceTask_openHearing";
    public static final String HEARING = "callActivity_hearing";
    public static final String ASSESS_HEARING = "userTask_assessHearing";
    public static final String HEARING_CHANGES = "gateway_hearingChanges";
    public static final String PREPARE = "userTask_prepareAgreement";
    public static final String REQUEST_APPROVALS = "serviceTask_requestPartyApprovals";
    public static final String FORK = "gateway_ffuAndParties";
    public static final String PARTY_APPROVAL = "userTask_partyApproval";
    public static final String FFU_DECISION = "callActivity_ffuRecommendation";
    public static final String JOIN = "gateway_ffuAndPartiesDone";
    public static final String ASSESS_ROUND = "serviceTask_assessRound";
    public static final String ROUND_RESULT = "gateway_roundResult";
    public static final String CLEAR_PARTY_RESERVATION = "userTask_clearPartyReservation";
    public static final String SSF_JOIN = "gateway_toSsf";
    public static final String SSF_DECISION = "callActivity_ssfApproval";
    public static final String SSF_APPROVED = "gateway_ssfApproved";
    public static final String SSU_DECISION = "callActivity_ssuApproval";
    public static final String SSU_APPROVED = "gateway_ssuApproved";
    public static final String PUBLISH = "serviceTask_publishAgreement";
    public static final String IN_FORCE = "subProcess_inForce";
    public static final String IN_FORCE_START = "startEvent_inForce";
    public static final String REVISION_DUE = "timer_revisionDue";
    public static final String IN_FORCE_END = "endEvent_revisionDue";
    public static final String INDICATOR_FOLLOW_UP_DUE = "timer_indicatorFollowUp";
    public static final String FOLLOW_UP_INDICATORS = "userTask_followUpIndicators";
    public static final String INDICATORS_FOLLOWED_UP = "endEvent_indicatorsFollowedUp";
    public static final String DECIDE_REVISION = "userTask_decideRevision";
    public static final String START_REVISION = "serviceTask_startRevision";
    public static final String REVISION_STARTED = "endEvent_revisionStarted";

    private Elements() {}
  }

  /** processes/agreement-forum-step.bpmn */
  public static final class StepElements {
    public static final String START = "startEvent_forumStep";
    public static final String PROPOSE = "serviceTask_proposeItem";
    public static final String DECISION = "callActivity_forumDecision";
    public static final String RECORD = "serviceTask_recordDecision";
    public static final String OUTCOME = "gateway_outcome";
    public static final String APPROVED = "endEvent_approved";
    public static final String CHECK_VERSION = "userTask_checkRemarksVersion";
    public static final String APPROVED_WITH_REMARKS = "endEvent_approvedWithRemarks";
    public static final String RESERVATION_CLEARED = "message_reservationCleared";
    public static final String RESERVATION_DONE = "endEvent_reservationCleared";
    public static final String SENT_BACK = "endEvent_sentBack";

    private StepElements() {}
  }

  private CollaborationAgreementProcess() {}
}
