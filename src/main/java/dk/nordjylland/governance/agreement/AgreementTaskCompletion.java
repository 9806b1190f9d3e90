package dk.nordjylland.governance.agreement;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.AGREEMENT_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.APPROVAL_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_CHANGES;

import dk.nordjylland.governance.agreement.CollaborationAgreementProcess.Elements;
import dk.nordjylland.governance.agreement.CollaborationAgreementProcess.StepElements;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Server-side validation of what an agreement form submits, and its record in our tables (the engine does not
 * validate Camunda Forms). A violation throws a UserInputException with a Danish message: the Tasklist shows it,
 * the REST API answers 400, and the task stays open with nothing saved. The form's fields are removed from the
 * process afterwards, except the flag its gateway reads (hearingChanges).
 */
@Component("agreementTaskCompletion")
class AgreementTaskCompletion implements TaskListener {

  static final List<String> FIELDS = List.of("versionTitle", "versionReference", "versionNote", "hearingSummary",
      "preparationNote", "preparedForFfu", "partyAnswer", "partyRemarks", "reservationClearance", "indicatorReport",
      "revisionNote", "revisionConfirmed");

  private final Agreements agreements;
  private final AgreementVersions versions;
  private final PartyApprovals approvals;
  private final AgreementPublication publication;
  private final IdentityService identityService;

  AgreementTaskCompletion(Agreements agreements, AgreementVersions versions, PartyApprovals approvals,
      AgreementPublication publication, IdentityService identityService) {
    this.agreements = agreements;
    this.versions = versions;
    this.approvals = approvals;
    this.publication = publication;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long agreementId = AGREEMENT_ID.from(task).get();
    String actor = actor(task);
    switch (task.getTaskDefinitionKey()) {
      case Elements.DRAFT, Elements.REVISE_TERMS, StepElements.CHECK_VERSION -> newVersion(task, agreementId, actor);
      case Elements.ASSESS_HEARING -> {
        new Problems().requireText(text(task, "hearingSummary"), "Skriv et resumé af høringssvarene og jeres vurdering.")
            .maxLength(text(task, "hearingSummary"), TextLimits.NOTE, "Resumé af høringen")
            .throwIfAny("Høringen kan ikke afsluttes");
        boolean changes = Boolean.TRUE.equals(task.getVariable(HEARING_CHANGES.getName()));
        HEARING_CHANGES.on(task.getExecution()).set(changes);
        agreements.record(agreementId, "HEARING", text(task, "hearingSummary").strip()
            + (changes ? " (tilbage til arbejdsgruppen)" : ""), actor);
      }
      case Elements.PREPARE -> {
        new Problems().require(Boolean.TRUE.equals(task.getVariable("preparedForFfu")),
                "Bekræft, at aftalen er klar til Fælles Forretningsudvalg.")
            .maxLength(text(task, "preparationNote"), TextLimits.NOTE, "Bemærkninger")
            .throwIfAny("Forberedelsen kan ikke afsluttes");
        agreements.record(agreementId, "PREPARED", text(task, "preparationNote"), actor);
      }
      case Elements.PARTY_APPROVAL -> approvals.answer(APPROVAL_ID.from(task).get(), task.getVariable("approvalVersion"),
          text(task, "partyAnswer"), text(task, "partyRemarks"), actor);
      case Elements.CLEAR_PARTY_RESERVATION -> approvals.clearReservation(APPROVAL_ID.from(task).get(),
          text(task, "reservationClearance"), actor);
      case Elements.FOLLOW_UP_INDICATORS -> {
        new Problems().requireText(text(task, "indicatorReport"), "Skriv opfølgningen på indikatorerne.")
            .maxLength(text(task, "indicatorReport"), TextLimits.NOTE, "Opfølgning")
            .throwIfAny("Opfølgningen kan ikke gemmes");
        publication.recordIndicators(agreementId, text(task, "indicatorReport").strip(), actor);
      }
      case Elements.DECIDE_REVISION -> {
        new Problems().require(Boolean.TRUE.equals(task.getVariable("revisionConfirmed")),
                "Bekræft, at revisionen af aftalen skal igangsættes.")
            .maxLength(text(task, "revisionNote"), TextLimits.NOTE, "Bemærkninger")
            .throwIfAny("Revisionen kan ikke igangsættes");
        agreements.record(agreementId, "REVISION_DECIDED", text(task, "revisionNote"), actor);
      }
      default -> { }
    }
    FIELDS.forEach(task.getExecution()::removeVariable);
  }

  /** A version registered through the API while the task was open, or one given in the form. */
  private void newVersion(DelegateTask task, long agreementId, String actor) {
    int atStart = task.getVariableLocal("versionAtStart") instanceof Number n ? n.intValue() : 0;
    int now = agreements.currentVersion(agreementId).map(AgreementVersion::number).orElse(0);
    String title = text(task, "versionTitle");
    if (title == null || title.isBlank()) {
      new Problems().require(now > atStart, "Registrér den nye version: skriv dens titel og et link eller dokumentnummer,"
          + " eller upload den via API'et (POST /api/agreements/" + agreementId + "/versions).")
          .throwIfAny("Opgaven kan ikke fuldføres");
      return;
    }
    versions.addVersionFromTask(agreementId, new VersionInput(title, null, text(task, "versionReference"), null,
        text(task, "versionNote")), actor);
  }

  private static String text(DelegateTask task, String key) {
    return task.getVariable(key) instanceof String s ? s : null;
  }

  private String actor(DelegateTask task) {
    Authentication auth = identityService.getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
