package dk.nordjylland.governance.screen.consultation;

import static dk.nordjylland.governance.consultation.ConsultationProcess.CONSULTATION_ID;
import static dk.nordjylland.governance.consultation.ConsultationProcess.REPLY_DUE_TEXT;
import static dk.nordjylland.governance.consultation.ConsultationProcess.RESPONDENT_NAME;

import dk.nordjylland.governance.agreement.Agreement;
import dk.nordjylland.governance.agreement.AgreementVersion;
import dk.nordjylland.governance.agreement.Agreements;
import dk.nordjylland.governance.consultation.Consultation;
import dk.nordjylland.governance.consultation.ConsultationKind;
import dk.nordjylland.governance.consultation.ConsultationProcess;
import dk.nordjylland.governance.consultation.Consultations;
import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * "Besvar høring" on its own screen (ADR 0038): the respondent sees what is asked, by whom, by when, and the material
 * it is about (the agreement version a hearing in the network group concerns, with its document; the agenda item a
 * consultation came from), then answers, or names a contact person. The variables are the old form's, so the task
 * listener (consultationReplyCompletion) keeps its one code path and its rules.
 */
@Component
class ReplyConsultationScreen implements TaskScreen {

  /** A plain check on the field; the use case checks the address fully. */
  private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

  private final Consultations consultations;
  private final Agreements agreements;
  private final Items items;
  private final Directory directory;

  ReplyConsultationScreen(Consultations consultations, Agreements agreements, Items items, Directory directory) {
    this.directory = directory;
    this.consultations = consultations;
    this.agreements = agreements;
    this.items = items;
  }

  @Override
  public String name() {
    return "reply-consultation";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    Consultation consultation = consultation(task);
    model.put("subject", consultation.subject());
    model.put("question", consultation.question());
    model.put("respondentName", task.text(RESPONDENT_NAME));
    model.put("replyDueText", task.text(REPLY_DUE_TEXT));
    model.put("asksForContactPerson", consultation.kind() == ConsultationKind.CONTACT_PERSON);
    model.put("askedBy", directory.groupName(consultation.ownerGroup()));
    Optional<Agreement> agreement = agreements.agreementOfHearing(consultation.id());
    model.put("agreementTitle", agreement.map(Agreement::title).orElse(null));
    Optional<AgreementVersion> version = agreement.flatMap(a -> agreements.currentVersion(a.id()));
    model.put("version", version.orElse(null));
    model.put("fileLink", agreement.flatMap(a -> version.filter(AgreementVersion::hasContent)
        .map(v -> "/api/agreements/" + a.id() + "/versions/" + v.number() + "/content")).orElse(null));
    model.put("referenceLink", version.map(AgreementVersion::reference)
        .filter(r -> r.startsWith("https://") || r.startsWith("http://")).orElse(null));
    Optional<Item> item = Optional.ofNullable(consultation.itemId()).flatMap(items::find);
    model.put("itemTitle", item.map(Item::title).orElse(null));
    model.put("itemSummary", item.map(Item::summary).orElse(null));
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    Map<String, Object> variables = new HashMap<>();
    if (consultation(task).kind() == ConsultationKind.CONTACT_PERSON) {
      String name = input.text(ConsultationProcess.CONTACT_NAME.getName(), "Kontaktperson (navn)", true);
      if (name.length() > TextLimits.NAME) {
        input.error(ConsultationProcess.CONTACT_NAME.getName(), "Navnet er for langt: højst " + TextLimits.NAME + " tegn.");
      }
      String email = input.text(ConsultationProcess.CONTACT_EMAIL.getName(), "Kontaktpersonens e-mail", true);
      if (!email.isEmpty() && (email.length() > TextLimits.NAME || !email.matches(EMAIL))) {
        input.error(ConsultationProcess.CONTACT_EMAIL.getName(), "Skriv en gyldig e-mailadresse, fx navn@kommune.dk.");
      }
      String remark = input.text(ConsultationProcess.CONTACT_REMARK.getName(), "Bemærkning", false);
      limit(input, ConsultationProcess.CONTACT_REMARK.getName(), "Bemærkningen", remark);
      input.requireValid();
      variables.put(ConsultationProcess.CONTACT_NAME.getName(), name);
      variables.put(ConsultationProcess.CONTACT_EMAIL.getName(), email);
      variables.put(ConsultationProcess.CONTACT_REMARK.getName(), remark.isEmpty() ? null : remark);
    } else {
      String answer = input.text(ConsultationProcess.REPLY_ANSWER.getName(), "Svar", true);
      limit(input, ConsultationProcess.REPLY_ANSWER.getName(), "Svaret", answer);
      input.requireValid();
      variables.put(ConsultationProcess.REPLY_ANSWER.getName(), answer);
    }
    task.complete(variables);
  }

  private static void limit(ScreenInput input, String field, String label, String text) {
    if (text.length() > TextLimits.NOTE) {
      input.error(field, label + " er for langt: højst " + TextLimits.NOTE + " tegn (nu " + text.length() + ").");
    }
  }

  private Consultation consultation(ScreenTask task) {
    return consultations.get(((Number) task.variable(CONSULTATION_ID.getName())).longValue());
  }
}
