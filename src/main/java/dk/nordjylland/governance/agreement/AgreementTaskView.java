package dk.nordjylland.governance.agreement;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.AGREEMENT_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.AGREEMENT_TITLE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.APPROVAL_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.APPROVAL_VERSION;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.CONSULTATION_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.CURRENT_VERSION_TEXT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.DUE_TEXT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_REPLIES_TEXT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_NAME;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.REMARKS_TEXT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.RESERVATION_TEXT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_AT_START;

import dk.nordjylland.governance.agreement.CollaborationAgreementProcess.Elements;
import dk.nordjylland.governance.calendar.DanishDates;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each agreement task the texts its form shows, as task-local variables (agreementTitle,
 * currentVersionText, remarksText, versionAtStart; for a party: partyName, approvalVersion, dueText; for the
 * assessment of the hearing: hearingRepliesText): a view for the form, gone with the task, while the process holds
 * only ids.
 */
@Component("agreementTaskView")
class AgreementTaskView implements TaskListener {

  private final Agreements agreements;
  private final AgreementHearings hearings;

  AgreementTaskView(Agreements agreements, AgreementHearings hearings) {
    this.agreements = agreements;
    this.hearings = hearings;
  }

  @Override
  public void notify(DelegateTask task) {
    long agreementId = AGREEMENT_ID.from(task).get();
    Agreement agreement = agreements.get(agreementId);
    int version = agreements.currentVersion(agreementId).map(AgreementVersion::number).orElse(0);
    AGREEMENT_TITLE.on(task).setLocal(agreement.title());
    CURRENT_VERSION_TEXT.on(task).setLocal(agreements.currentVersion(agreementId)
        .map(v -> "Version " + v.number() + ": " + v.title() + (v.reference() == null ? "" : " (" + v.reference() + ")"))
        .orElse("Ingen version registreret endnu."));
    VERSION_AT_START.on(task).setLocal(version);
    REMARKS_TEXT.on(task).setLocal(agreements.remarksForWorkingGroup(agreementId));
    task.setDescription(agreement.title());
    String key = task.getTaskDefinitionKey();
    if (Elements.ASSESS_HEARING.equals(key)) {
      HEARING_REPLIES_TEXT.on(task).setLocal(hearings.hearingRepliesText(CONSULTATION_ID.from(task).get()));
    }
    if (Elements.PARTY_APPROVAL.equals(key) || Elements.CLEAR_PARTY_RESERVATION.equals(key)) {
      PartyApproval approval = agreements.approval(APPROVAL_ID.from(task).get());
      PARTY_NAME.on(task).setLocal(approval.partyName());
      APPROVAL_VERSION.on(task).setLocal(version);
      DUE_TEXT.on(task).setLocal(approval.dueDate().format(DanishDates.DATE));
      RESERVATION_TEXT.on(task).setLocal(approval.remarks() == null ? "" : approval.remarks());
      task.setDescription(approval.partyName() + ": " + agreement.title());
    }
  }
}
