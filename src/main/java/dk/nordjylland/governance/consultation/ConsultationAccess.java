package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.identity.GroupIds;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who opens and closes a consultation (its owning secretariat) and who reads which of its replies. */
@Component
public class ConsultationAccess {

  private final ConsultationTable table;
  private final Consultations consultations;
  private final ForumAccess forumAccess;

  ConsultationAccess(ConsultationTable table, Consultations consultations, ForumAccess forumAccess) {
    this.table = table;
    this.consultations = consultations;
    this.forumAccess = forumAccess;
  }

  /** Only members of the owning secretariat (or administrators) open and close a consultation. */
  public void requireOwner(Consultation consultation, String actor) {
    requireOwner(consultation.ownerGroup(), actor);
  }

  public void requireOwner(String ownerGroup, String actor) {
    if (!isOwner(ownerGroup, actor)) {
      throw new NotAllowedException("Kun sekretariatet (" + ownerGroup + ") kan åbne og lukke høringen.");
    }
  }

  private boolean isOwner(String ownerGroup, String actor) {
    return actor != null && isOwner(ownerGroup, forumAccess.reader(actor));
  }

  private static boolean isOwner(String ownerGroup, ForumAccess.Reader reader) {
    return reader.is(ownerGroup) || reader.is(GroupIds.CAMUNDA_ADMIN);
  }

  // ---------------------------------------------------------------- who reads what

  /** How much of a consultation a user reads: all replies, or those the user may reply for. */
  public enum Reading { ALL_REPLIES, OWN_REPLIES }

  /**
   * The owning secretariat (who may close it) and process owners read every reply; a respondent (who may reply)
   * reads the consultation with the replies they may reply for; anyone else nothing.
   */
  @Transactional(readOnly = true)
  public Optional<Reading> reading(Consultation consultation, ForumAccess.Reader reader) {
    if (isOwner(consultation.ownerGroup(), reader) || reader.readsAll()) {
      return Optional.of(Reading.ALL_REPLIES);
    }
    return table.respondents(consultation.id()).stream().anyMatch(r -> reader.is(r.respondent()))
        ? Optional.of(Reading.OWN_REPLIES) : Optional.empty();
  }

  /** @throws NotFoundException (the same answer as an unknown id, so ids cannot be probed) if it is not for the reader */
  @Transactional(readOnly = true)
  public Reading requireReading(long consultationId, ForumAccess.Reader reader) {
    return reading(consultations.get(consultationId), reader)
        .orElseThrow(() -> new NotFoundException("Høringen med id " + consultationId + " findes ikke."));
  }

  /** Whether the reader sees the reply (or contact person) of this respondent: all, or those they may reply for. */
  public static boolean shows(Reading reading, ForumAccess.Reader reader, String respondent) {
    return reading == Reading.ALL_REPLIES || reader.is(respondent);
  }
}
