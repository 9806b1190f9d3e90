package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.validation.ConflictException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code gov_consultation}. */
public record Consultation(
    long id,
    ConsultationKind kind,
    String subject,
    String question,
    String ownerGroup,
    LocalDate replyBy,
    String forumId,
    ConsultationStatus status,
    String processInstanceId,
    Long itemId,
    String createdBy,
    LocalDateTime createdAt,
    LocalDateTime closedAt,
    String closedBy) {

  public boolean hasForum() {
    return forumId != null;
  }

  /** @throws ConflictException (409) when it is not open (not yet, or closed): no reply and no closing then */
  void requireOpen() {
    if (status == ConsultationStatus.CLOSED) {
      throw new ConflictException("Høringen '" + subject + "' blev lukket "
          + closedAt.toLocalDate().format(DanishDates.LONG_DATE) + "; der kan ikke længere svares.");
    }
    if (status == ConsultationStatus.CREATED) {
      throw new ConflictException("Høringen '" + subject + "' er ikke åbnet endnu.");
    }
  }
}
