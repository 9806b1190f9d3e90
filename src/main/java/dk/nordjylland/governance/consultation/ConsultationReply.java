package dk.nordjylland.governance.consultation;

import java.time.LocalDateTime;

/**
 * One respondent's reply. {@code late}: given after the reply deadline (accepted until the owning
 * secretariat closed the consultation). For a contact person consultation, {@code contactName} and
 * {@code contactEmail} hold the designated person and {@code answer} an optional remark.
 */
public record ConsultationReply(
    long id,
    long consultationId,
    String respondent,
    String answer,
    String contactName,
    String contactEmail,
    String repliedBy,
    LocalDateTime repliedAt,
    boolean late) {}
