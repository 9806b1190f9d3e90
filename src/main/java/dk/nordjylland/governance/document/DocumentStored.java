package dk.nordjylland.governance.document;

/**
 * A new version of a meeting's document was stored: an agenda sent, minutes approved, a new version of either. Its
 * content is now public to whoever may read the meeting; the portal's search index listens (ADR 0056).
 */
public record DocumentStored(String meetingId, DocumentKind kind) {}
