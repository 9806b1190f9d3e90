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
    PartyAnswer answer,
    String remarks,
    String answeredBy,
    LocalDateTime answeredAt,
    String clearance,
    String clearedBy,
    LocalDateTime clearedAt) {

  /** A reservation that nobody has cleared yet. */
  public boolean openReservation() {
    return answer == PartyAnswer.APPROVED_WITH_RESERVATION && clearedAt == null;
  }
}
