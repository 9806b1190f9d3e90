package dk.nordjylland.governance.agreement;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import dk.nordjylland.governance.consultation.ConsultationProcess;
import dk.nordjylland.governance.task.TaskForm;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.List;

/**
 * The agreement models: processes/collaboration-agreement.bpmn (one instance per agreement, business key
 * {@code agreement-<id>}) and processes/agreement-forum-step.bpmn (one forum step: propose the item, wait for
 * the decision in the approved minutes via {@code forumDecision}, handle remarks and reservations). Only ids
 * and the flags the gateways read live in the processes; the content is in the {@code gov_agreement*} tables.
 */
public final class CollaborationAgreementProcess {

  public static final String KEY = "collaborationAgreement";
  public static final String FORUM_STEP_KEY = "agreementForumStep";

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
  /** The assessment of the hearing's replies gives changes: back to the working group. */
  public static final VariableFactory<Boolean> HEARING_CHANGES = booleanVariable("hearingChanges");
  /** The element variable of the parties' approval tasks (a gov_agreement_approval id); the collection is read
   * from our tables ({@code agreementSchedule.approvalIds}). */
  public static final VariableFactory<Long> APPROVAL_ID = longVariable("approvalId");
  /** After FFU and the parties: SENT_BACK, RESERVATION_OPEN or READY. */
  public static final VariableFactory<String> ROUND_RESULT = stringVariable("roundResult");

  /** What the agreement's tasks submit; they leave the process when the task completes (hearingChanges stays). */
  public static final VariableFactory<String> VERSION_TITLE = stringVariable("versionTitle");
  public static final VariableFactory<String> VERSION_REFERENCE = stringVariable("versionReference");
  public static final VariableFactory<String> VERSION_NOTE = stringVariable("versionNote");
  public static final VariableFactory<String> HEARING_SUMMARY = stringVariable("hearingSummary");
  public static final VariableFactory<String> PREPARATION_NOTE = stringVariable("preparationNote");
  public static final VariableFactory<Boolean> PREPARED_FOR_FFU = booleanVariable("preparedForFfu");
  public static final VariableFactory<String> PARTY_ANSWER = stringVariable("partyAnswer");
  public static final VariableFactory<String> PARTY_REMARKS = stringVariable("partyRemarks");
  /** The version the party saw (prefilled task-local, submitted back): an answer to an older version is refused. */
  public static final VariableFactory<Integer> APPROVAL_VERSION = intVariable("approvalVersion");
  public static final VariableFactory<String> RESERVATION_CLEARANCE = stringVariable("reservationClearance");
  public static final VariableFactory<String> INDICATOR_REPORT = stringVariable("indicatorReport");
  public static final VariableFactory<String> REVISION_NOTE = stringVariable("revisionNote");
  public static final VariableFactory<Boolean> REVISION_CONFIRMED = booleanVariable("revisionConfirmed");
  static final List<VariableFactory<?>> FORM_FIELDS = List.of(VERSION_TITLE, VERSION_REFERENCE, VERSION_NOTE,
      HEARING_SUMMARY, PREPARATION_NOTE, PREPARED_FOR_FFU, PARTY_ANSWER, PARTY_REMARKS, RESERVATION_CLEARANCE,
      INDICATOR_REPORT, REVISION_NOTE, REVISION_CONFIRMED);

  /** What the tasks show: task-local, set by agreementTaskView when the task is created. */
  public static final VariableFactory<String> AGREEMENT_TITLE = stringVariable("agreementTitle");
  public static final VariableFactory<String> CURRENT_VERSION_TEXT = stringVariable("currentVersionText");
  /** The current version's number when the task was created: a version task needs a newer one. */
  public static final VariableFactory<Integer> VERSION_AT_START = intVariable("versionAtStart");
  public static final VariableFactory<String> REMARKS_TEXT = stringVariable("remarksText");
  public static final VariableFactory<String> HEARING_REPLIES_TEXT = stringVariable("hearingRepliesText");
  public static final VariableFactory<String> PARTY_NAME = stringVariable("partyName");
  public static final VariableFactory<String> DUE_TEXT = stringVariable("dueText");
  public static final VariableFactory<String> RESERVATION_TEXT = stringVariable("reservationText");

  public static final String APPROVED = "APPROVED";
  public static final String SENT_BACK = "SENT_BACK";
  public static final String RESERVATION_OPEN = "RESERVATION_OPEN";
  public static final String READY = "READY";

  public static String businessKey(long agreementId) {
    return "agreement-" + agreementId;
  }

  public static final class Elements {
    public static final String TERMS_OF_REFERENCE = "gateway_termsOfReference";
    public static final String TERMS_DECISION = "callActivity_termsOfReference";
    public static final String TERMS_APPROVED = "gateway_termsApproved";
    public static final String REVISE_TERMS = "userTask_reviseTermsOfReference";
    public static final String DRAFT = "userTask_draftAgreement";
    public static final String OPEN_HEARING = "serviceTask_openHearing";
    public static final String HEARING = "callActivity_hearing";
    public static final String ASSESS_HEARING = "userTask_assessHearing";
    public static final String HEARING_CHANGES = "gateway_hearingChanges";
    public static final String PREPARE = "userTask_prepareAgreement";
    public static final String PARTY_APPROVAL = "userTask_partyApproval";
    public static final String ASSESS_ROUND = "serviceTask_assessRound";
    public static final String CLEAR_PARTY_RESERVATION = "userTask_clearPartyReservation";
    public static final String SSF_DECISION = "callActivity_ssfApproval";
    public static final String SSF_APPROVED = "gateway_ssfApproved";
    public static final String SSU_DECISION = "callActivity_ssuApproval";
    public static final String SSU_APPROVED = "gateway_ssuApproved";
    public static final String PUBLISH = "serviceTask_publishAgreement";
    public static final String REVISION_DUE = "timer_revisionDue";
    public static final String INDICATOR_FOLLOW_UP_DUE = "timer_indicatorFollowUp";
    public static final String FOLLOW_UP_INDICATORS = "userTask_followUpIndicators";
    public static final String DECIDE_REVISION = "userTask_decideRevision";
    public static final String START_REVISION = "serviceTask_startRevision";

    private Elements() {}
  }

  /** processes/agreement-forum-step.bpmn */
  public static final class StepElements {
    public static final String APPROVED = "endEvent_approved";
    public static final String CHECK_VERSION = "userTask_checkRemarksVersion";
    public static final String SENT_BACK = "endEvent_sentBack";

    private StepElements() {}
  }

  /** The agreement's user tasks: their screens and Camunda Forms, the fields they submit and the texts they show. */
  public static final class Forms {
    public static final TaskForm REVISE_TERMS = versionScreen(Elements.REVISE_TERMS);
    public static final TaskForm DRAFT = versionScreen(Elements.DRAFT);
    public static final TaskForm ASSESS_HEARING = TaskForm.camundaForm(Elements.ASSESS_HEARING, "agreement-hearing")
        .with(HEARING_SUMMARY, HEARING_CHANGES).showing(AGREEMENT_TITLE, CURRENT_VERSION_TEXT, HEARING_REPLIES_TEXT);
    public static final TaskForm PREPARE = TaskForm.camundaForm(Elements.PREPARE, "agreement-prepare")
        .with(PREPARATION_NOTE, PREPARED_FOR_FFU).showing(AGREEMENT_TITLE, CURRENT_VERSION_TEXT);
    public static final TaskForm PARTY_APPROVAL = TaskForm.screen(Elements.PARTY_APPROVAL, "agreement-party-approval")
        .with(PARTY_ANSWER, PARTY_REMARKS, APPROVAL_VERSION);
    public static final TaskForm CLEAR_PARTY_RESERVATION = TaskForm.camundaForm(Elements.CLEAR_PARTY_RESERVATION,
        "agreement-clear-reservation").with(RESERVATION_CLEARANCE).showing(AGREEMENT_TITLE, PARTY_NAME,
        RESERVATION_TEXT);
    public static final TaskForm FOLLOW_UP_INDICATORS = TaskForm.camundaForm(Elements.FOLLOW_UP_INDICATORS,
        "agreement-indicators").with(INDICATOR_REPORT).showing(AGREEMENT_TITLE, CURRENT_VERSION_TEXT);
    public static final TaskForm DECIDE_REVISION = TaskForm.camundaForm(Elements.DECIDE_REVISION, "agreement-revision")
        .with(REVISION_NOTE, REVISION_CONFIRMED).showing(AGREEMENT_TITLE, CURRENT_VERSION_TEXT);

    private Forms() {}
  }

  /** processes/agreement-forum-step.bpmn's user task. */
  public static final class StepForms {
    public static final TaskForm CHECK_VERSION = versionScreen(StepElements.CHECK_VERSION);

    private StepForms() {}
  }

  /** A new version of the text: its title, link or document number and what changed (a file may come with it). */
  private static TaskForm versionScreen(String elementId) {
    return TaskForm.screen(elementId, "agreement-version").with(VERSION_TITLE, VERSION_REFERENCE, VERSION_NOTE);
  }

  private CollaborationAgreementProcess() {}
}
