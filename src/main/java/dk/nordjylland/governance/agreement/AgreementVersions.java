package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.Base64;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The versions of an agreement's document: registered through the API or from a task of its process. */
@Service
public class AgreementVersions {

  static final int MAX_CONTENT_BYTES = 20 * 1024 * 1024;

  private final AgreementStore store;
  private final Agreements agreements;
  private final AgreementAccess access;

  AgreementVersions(AgreementStore store, Agreements agreements, AgreementAccess access) {
    this.store = store;
    this.agreements = agreements;
    this.access = access;
  }

  /**
   * Registers a new version of the document (number = last + 1) through the API.
   *
   * @throws NotFoundException for an unknown agreement
   * @throws UserInputException for a published agreement or an invalid version
   */
  @Transactional
  public AgreementVersion addVersion(long agreementId, VersionInput v, String actor) {
    Agreement agreement = agreements.get(agreementId);
    access.requireStarterOrGroup(agreement, actor);
    return addVersionChecked(agreement, v, actor);
  }

  /** The same from a task of the agreement's process (the task's candidate group is the permission). */
  @Transactional
  public AgreementVersion addVersionFromTask(long agreementId, VersionInput v, String actor) {
    return addVersionChecked(agreements.get(agreementId), v, actor);
  }

  private AgreementVersion addVersionChecked(Agreement agreement, VersionInput v, String actor) {
    Problems problems = new Problems();
    problems.require(agreement.status() == AgreementStatus.IN_PROGRESS,
        "Aftalen er offentliggjort; en ny version registreres i en revision af aftalen.");
    byte[] content = validVersion(v, problems);
    problems.throwIfAny("Versionen kan ikke registreres");
    int number = store.currentVersion(agreement.id()).map(AgreementVersion::number).orElse(0) + 1;
    store.insertVersion(agreement.id(), number, v, content, actor, EngineClock.now());
    return store.currentVersion(agreement.id()).orElseThrow();
  }

  static byte[] validVersion(VersionInput v, Problems problems) {
    problems.requireText(v.title(), "Versionen skal have en titel.");
    problems.maxLength(v.title(), TextLimits.TITLE, "Titel");
    problems.maxLength(v.fileName(), TextLimits.TITLE, "Filnavn");
    problems.maxLength(v.reference(), TextLimits.REASON, "Reference");
    problems.maxLength(v.note(), TextLimits.NOTE, "Note");
    boolean hasReference = v.reference() != null && !v.reference().isBlank();
    boolean hasFile = v.contentBase64() != null && !v.contentBase64().isBlank();
    problems.require(hasReference || hasFile,
        "Angiv en reference (link eller dokumentnummer) eller en fil (filnavn og indhold) for versionen.");
    if (!hasFile) {
      return null;
    }
    problems.requireText(v.fileName(), "En fil skal have et filnavn.");
    try {
      byte[] bytes = Base64.getDecoder().decode(v.contentBase64().strip());
      problems.require(bytes.length <= MAX_CONTENT_BYTES, "Filen er større end 20 MB.");
      return bytes;
    } catch (IllegalArgumentException e) {
      problems.add("Filens indhold er ikke gyldigt base64.");
      return null;
    }
  }
}
