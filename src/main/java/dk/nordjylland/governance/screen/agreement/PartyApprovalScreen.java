package dk.nordjylland.governance.screen.agreement;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.AGREEMENT_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.AGREEMENT_TITLE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.APPROVAL_VERSION;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.DUE_TEXT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_ANSWER;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_NAME;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_REMARKS;

import dk.nordjylland.governance.agreement.AgreementVersion;
import dk.nordjylland.governance.agreement.Agreements;
import dk.nordjylland.governance.agreement.PartyAnswer;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A party (PLO-Nordjylland's chairmanship, a municipality, ...) approves a collaboration agreement seeing the version it
 * approves (ADR 0038): its title, what changed, its document (the file, or the link to the case system). The answer
 * is bound to that version without the person typing its number: the page carries it, and if the agreement got a new
 * version meanwhile the use case refuses the answer and the page shows the new one.
 */
@Component
class PartyApprovalScreen implements TaskScreen {

  private final Agreements agreements;

  PartyApprovalScreen(Agreements agreements) {
    this.agreements = agreements;
  }

  @Override
  public String name() {
    return "agreement-party-approval";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    long agreementId = agreementId(task);
    model.put("agreementTitle", task.text(AGREEMENT_TITLE));
    model.put("partyName", task.text(PARTY_NAME));
    model.put("dueText", task.text(DUE_TEXT));
    Optional<AgreementVersion> version = agreements.currentVersion(agreementId);
    model.put("version", version.orElse(null));
    model.put("versionNumber", version.map(AgreementVersion::number).orElse(0));
    model.put("fileLink", version.filter(AgreementVersion::hasContent)
        .map(v -> "/api/agreements/" + agreementId + "/versions/" + v.number() + "/content").orElse(null));
    model.put("referenceLink", version.map(AgreementVersion::reference)
        .filter(r -> r.startsWith("https://") || r.startsWith("http://")).orElse(null));
    model.put("answers", Arrays.stream(PartyAnswer.values()).map(a -> Map.of("value", a.name(), "label", label(a)))
        .toList());
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    String answer = input.choice(PARTY_ANSWER.getName(), "Partens svar",
        Arrays.stream(PartyAnswer.values()).map(Enum::name).toList(), true);
    boolean remarksNeeded = answer != null && !PartyAnswer.APPROVED.name().equals(answer);
    String remarks = input.text(PARTY_REMARKS.getName(), "Forbehold eller bemærkninger", remarksNeeded);
    String shown = input.text(APPROVAL_VERSION.getName());
    input.requireValid();
    Map<String, Object> variables = new HashMap<>();
    // The version the page showed: a newer one registered meanwhile makes the use case refuse the answer. Submitted as
    // the form did, so it replaces the version the task's view put in the task when it was created.
    variables.put(APPROVAL_VERSION.getName(), shown.matches("\\d{1,6}") ? Integer.valueOf(shown) : null);
    variables.put(PARTY_ANSWER.getName(), answer);
    variables.put(PARTY_REMARKS.getName(), remarks.isEmpty() ? null : remarks);
    task.completeAsForm(variables);
  }

  static String label(PartyAnswer answer) {
    return switch (answer) {
      case APPROVED -> "Godkend aftalen";
      case APPROVED_WITH_RESERVATION -> "Godkend med forbehold (aftalen venter, til forbeholdet er afklaret)";
      case DECLINED -> "Afvis med bemærkninger (aftalen går tilbage til arbejdsgruppen)";
    };
  }

  private static long agreementId(ScreenTask task) {
    return ((Number) task.variable(AGREEMENT_ID.getName())).longValue();
  }

}
