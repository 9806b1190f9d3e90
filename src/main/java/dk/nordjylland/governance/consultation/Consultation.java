package dk.nordjylland.governance.consultation;

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
}
