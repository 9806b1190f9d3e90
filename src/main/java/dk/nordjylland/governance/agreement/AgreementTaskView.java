package dk.nordjylland.governance.agreement;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.AGREEMENT_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.APPROVAL_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.CONSULTATION_ID;

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
    task.setVariableLocal("agreementTitle", agreement.title());
    task.setVariableLocal("currentVersionText", agreements.currentVersion(agreementId)
        .map(v -> "Version " + v.number() + ": " + v.title() + (v.reference() == null ? "" : " (" + v.reference() + ")"))
        .orElse("Ingen version registreret endnu."));
    task.setVariableLocal("versionAtStart", version);
    task.setVariableLocal("remarksText", agreements.remarksForWorkingGroup(agreementId));
    task.setDescription(agreement.title());
    String key = task.getTaskDefinitionKey();
    if (Elements.ASSESS_HEARING.equals(key)) {
      task.setVariableLocal("hearingRepliesText", hearings.hearingRepliesText(CONSULTATION_ID.from(task).get()));
    }
    if (Elements.PARTY_APPROVAL.equals(key) || Elements.CLEAR_PARTY_RESERVATION.equals(key)) {
      PartyApproval approval = agreements.approval(APPROVAL_ID.from(task).get());
      task.setVariableLocal("partyName", approval.partyName());
      task.setVariableLocal("approvalVersion", version);
      task.setVariableLocal("dueText", approval.dueDate().format(DanishDates.DATE));
      task.setVariableLocal("reservationText", approval.remarks() == null ? "" : approval.remarks());
      task.setDescription(approval.partyName() + ": " + agreement.title());
    }
  }
}
