package dk.nordjylland.governance.agreement;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One party's approval of one round (one version) of an agreement. */
public record PartyApproval(
    Long id,
    Long agreementId,
    String partyGroup,
    String partyName,
    int round,
    Integer versionNumber,
    LocalDate dueDate,
    String answer,
    String remarks,
    String answeredBy,
    LocalDateTime answeredAt,
    String clearance,
    String clearedBy,
    LocalDateTime clearedAt) {

  boolean openReservation() {
    return PartyAnswer.APPROVED_WITH_RESERVATION.name().equals(answer) && clearedAt == null;
  }
}
