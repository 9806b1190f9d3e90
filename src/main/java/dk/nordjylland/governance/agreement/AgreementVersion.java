package dk.nordjylland.governance.agreement;

import java.time.LocalDateTime;

/** A version of an agreement's document; the content bytes are not part of it (see the download). */
public record AgreementVersion(
    Long id,
    int number,
    String title,
    String fileName,
    String reference,
    boolean hasContent,
    String note,
    String createdBy,
    LocalDateTime createdAt) {}
