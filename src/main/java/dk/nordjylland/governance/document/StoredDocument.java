package dk.nordjylland.governance.document;

import java.time.LocalDateTime;

/** One version of a generated document of a meeting (gov_document). */
public record StoredDocument(
    Long id,
    String meetingId,
    DocumentKind kind,
    int version,
    LocalDateTime createdAt,
    String fileName,
    String contentType,
    byte[] content) {}
