package dk.nordjylland.governance.screen.agreement;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.AGREEMENT_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_NOTE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_REFERENCE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_TITLE;

import dk.nordjylland.governance.agreement.AgreementVersion;
import dk.nordjylland.governance.agreement.AgreementVersions;
import dk.nordjylland.governance.agreement.Agreements;
import dk.nordjylland.governance.agreement.VersionInput;
import dk.nordjylland.governance.attachment.FileTooLargeException;
import dk.nordjylland.governance.attachment.ItemAttachments;
import dk.nordjylland.governance.attachment.ItemAttachments.CheckedFile;
import dk.nordjylland.governance.attachment.ItemAttachments.Upload;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The working group's draft of an agreement ("Udarbejd aftaleudkast", "Revidér kommissoriet", "Indarbejd
 * bemærkninger i ny version"; ADR 0041): the agreement, its current version with its document, and the remarks to
 * work on; the new version is given as a file (checked by content and size as an item's attachment is, ADR 0035) or
 * as a link or document number in the case system, with what changed.
 *
 * <p>A version with only a reference completes the task with the variables the old form sent (versionTitle,
 * versionReference, versionNote): the task's listener registers it. A file is registered through the same use case
 * as {@code POST /api/agreements/{id}/versions} first, in the same transaction, and the task is completed without
 * those variables: the listener's "a version was registered while the task was open" case. Either way the version
 * and the completion are saved together or not at all.
 */
@Component
class AgreementVersionScreen implements TaskScreen {

  static final String FILE = "versionFile";

  private final Agreements agreements;
  private final AgreementVersions versions;
  private final ItemAttachments files;

  AgreementVersionScreen(Agreements agreements, AgreementVersions versions, ItemAttachments files) {
    this.agreements = agreements;
    this.versions = versions;
    this.files = files;
  }

  @Override
  public String name() {
    return "agreement-version";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    long agreementId = agreementId(task);
    model.put("agreementTitle", agreements.get(agreementId).title());
    Optional<AgreementVersion> version = agreements.currentVersion(agreementId);
    model.put("version", version.orElse(null));
    model.put("fileLink", version.filter(AgreementVersion::hasContent)
        .map(v -> "/api/agreements/" + agreementId + "/versions/" + v.number() + "/content").orElse(null));
    model.put("referenceLink", version.map(AgreementVersion::reference)
        .filter(r -> r.startsWith("https://") || r.startsWith("http://")).orElse(null));
    model.put("remarks", agreements.remarksForWorkingGroup(agreementId));
    model.put("fileHint", "PDF, Word (DOCX), Excel (XLSX) eller billeder (PNG, JPEG); højst "
        + files.maxSizeText() + ".");
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    String title = input.text(VERSION_TITLE.getName(), "Titel på den nye version", true);
    maxLength(input, VERSION_TITLE.getName(), title, TextLimits.TITLE, "Titlen");
    String reference = input.text(VERSION_REFERENCE.getName(), "Link eller dokumentnummer", false);
    maxLength(input, VERSION_REFERENCE.getName(), reference, TextLimits.REASON, "Linket eller dokumentnummeret");
    String note = input.text(VERSION_NOTE.getName(), "Hvad er ændret?", false);
    maxLength(input, VERSION_NOTE.getName(), note, TextLimits.NOTE, "Beskrivelsen af ændringerne");
    Optional<Upload> upload = input.file(FILE).map(Upload::of);
    CheckedFile file = null;
    if (upload.isPresent()) {
      try {
        file = files.checked(upload.get());
      } catch (UserInputException | FileTooLargeException e) {
        input.error(FILE, ItemAttachments.forADocument(e.getMessage()));
      }
    } else if (reference.isEmpty()) {
      input.error(FILE, "Upload den nye version som fil, eller skriv et link eller dokumentnummer fra sagssystemet.");
    }
    input.requireValid();

    if (file == null) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(VERSION_TITLE.getName(), title);
      variables.put(VERSION_REFERENCE.getName(), reference);
      variables.put(VERSION_NOTE.getName(), note.isEmpty() ? null : note);
      task.completeAsForm(variables);
      return;
    }
    versions.addVersionFromTask(agreementId(task), new VersionInput(title, file.fileName(),
        reference.isEmpty() ? null : reference, Base64.getEncoder().encodeToString(upload.get().content()),
        note.isEmpty() ? null : note), task.user());
    task.completeAsForm(Map.of());
  }


  private static void maxLength(ScreenInput input, String field, String value, int max, String what) {
    if (value.length() > max && !input.hasError(field)) {
      input.error(field, what + " må højst have " + max + " tegn (nu " + value.length() + ").");
    }
  }

  private static long agreementId(ScreenTask task) {
    return ((Number) task.variable(AGREEMENT_ID.getName())).longValue();
  }
}
