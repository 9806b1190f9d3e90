package dk.nordjylland.governance.document;

import java.time.LocalDateTime;

/** A stored document without its content, for lists. */
public record DocumentInfo(
    Long id, String meetingId, DocumentKind kind, int version, LocalDateTime createdAt, String fileName,
    String contentType, String link) {}
