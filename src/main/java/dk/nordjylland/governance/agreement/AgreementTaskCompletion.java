package dk.nordjylland.governance.agreement;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.AGREEMENT_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.APPROVAL_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.APPROVAL_VERSION;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.FORM_FIELDS;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_CHANGES;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_SUMMARY;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.INDICATOR_REPORT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_ANSWER;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_REMARKS;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PREPARATION_NOTE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PREPARED_FOR_FFU;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.RESERVATION_CLEARANCE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.REVISION_CONFIRMED;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.REVISION_NOTE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_AT_START;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_NOTE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_REFERENCE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_TITLE;
import static dk.nordjylland.governance.task.TaskInput.actor;
import static dk.nordjylland.governance.task.TaskInput.checked;
import static dk.nordjylland.governance.task.TaskInput.submitted;
import static dk.nordjylland.governance.task.TaskInput.text;

import dk.nordjylland.governance.agreement.CollaborationAgreementProcess.Elements;
import dk.nordjylland.governance.agreement.CollaborationAgreementProcess.StepElements;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side validation of what an agreement form submits, and its record in our tables (the engine does not
 * validate Camunda Forms). A violation throws a UserInputException with a Danish message: the Tasklist shows it,
 * the REST API answers 400, and the task stays open with nothing saved. The form's fields are read once
 * ({@code TaskInput}) and removed from the process afterwards, except the flag its gateway reads (hearingChanges).
 */
@Component("agreementTaskCompletion")
class AgreementTaskCompletion implements TaskListener {

  private final Agreements agreements;
  private final AgreementVersions versions;
  private final PartyApprovals approvals;
  private final AgreementPublication publication;

  AgreementTaskCompletion(Agreements agreements, AgreementVersions versions, PartyApprovals approvals,
      AgreementPublication publication) {
    this.agreements = agreements;
    this.versions = versions;
    this.approvals = approvals;
    this.publication = publication;
  }

  @Override
  public void notify(DelegateTask task) {
    long agreementId = AGREEMENT_ID.from(task).get();
    String actor = actor(task);
    switch (task.getTaskDefinitionKey()) {
      case Elements.DRAFT, Elements.REVISE_TERMS, StepElements.CHECK_VERSION -> newVersion(task, agreementId, actor);
      case Elements.ASSESS_HEARING -> {
        String summary = text(task, HEARING_SUMMARY);
        new Problems().requireText(summary, "Skriv et resumé af høringssvarene og jeres vurdering.")
            .maxLength(summary, TextLimits.NOTE, "Resumé af høringen")
            .throwIfAny("Høringen kan ikke afsluttes");
        boolean changes = Boolean.TRUE.equals(task.getVariable(HEARING_CHANGES.getName()));
        HEARING_CHANGES.on(task.getExecution()).set(changes);
        agreements.record(agreementId, "HEARING", summary.strip() + (changes ? " (tilbage til arbejdsgruppen)" : ""),
            actor);
      }
      case Elements.PREPARE -> {
        String note = text(task, PREPARATION_NOTE);
        new Problems()
            .require(checked(task, PREPARED_FOR_FFU), "Bekræft, at aftalen er klar til Fælles Forretningsudvalg.")
            .maxLength(note, TextLimits.NOTE, "Bemærkninger")
            .throwIfAny("Forberedelsen kan ikke afsluttes");
        agreements.record(agreementId, "PREPARED", note, actor);
      }
      case Elements.PARTY_APPROVAL -> approvals.answer(APPROVAL_ID.from(task).get(), submitted(task, APPROVAL_VERSION),
          text(task, PARTY_ANSWER), text(task, PARTY_REMARKS), actor);
      case Elements.CLEAR_PARTY_RESERVATION -> approvals.clearReservation(APPROVAL_ID.from(task).get(),
          text(task, RESERVATION_CLEARANCE), actor);
      case Elements.FOLLOW_UP_INDICATORS -> {
        String report = text(task, INDICATOR_REPORT);
        new Problems().requireText(report, "Skriv opfølgningen på indikatorerne.")
            .maxLength(report, TextLimits.NOTE, "Opfølgning")
            .throwIfAny("Opfølgningen kan ikke gemmes");
        publication.recordIndicators(agreementId, report.strip(), actor);
      }
      case Elements.DECIDE_REVISION -> {
        String note = text(task, REVISION_NOTE);
        new Problems()
            .require(checked(task, REVISION_CONFIRMED), "Bekræft, at revisionen af aftalen skal igangsættes.")
            .maxLength(note, TextLimits.NOTE, "Bemærkninger")
            .throwIfAny("Revisionen kan ikke igangsættes");
        agreements.record(agreementId, "REVISION_DECIDED", note, actor);
      }
      default -> { }
    }
    // What another task's form would have submitted leaves the process too.
    FORM_FIELDS.forEach(field -> task.getExecution().removeVariable(field.getName()));
  }

  /** A version registered through the API while the task was open, or one given in the form. */
  private void newVersion(DelegateTask task, long agreementId, String actor) {
    int atStart = task.getVariableLocal(VERSION_AT_START.getName()) instanceof Number n ? n.intValue() : 0;
    int now = agreements.currentVersion(agreementId).map(AgreementVersion::number).orElse(0);
    String title = text(task, VERSION_TITLE);
    String reference = text(task, VERSION_REFERENCE);
    String note = text(task, VERSION_NOTE);
    if (title == null || title.isBlank()) {
      new Problems().require(now > atStart, "Registrér den nye version: skriv dens titel og et link eller dokumentnummer,"
          + " eller upload den via API'et (POST /api/agreements/" + agreementId + "/versions).")
          .throwIfAny("Opgaven kan ikke fuldføres");
      return;
    }
    versions.addVersionFromTask(agreementId, new VersionInput(title, null, reference, null, note), actor);
  }
}
