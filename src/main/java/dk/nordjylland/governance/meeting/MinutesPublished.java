package dk.nordjylland.governance.meeting;

/**
 * The minutes of a meeting were approved and sent out (status MINUTES_PUBLISHED), in the cycle's transaction: the
 * minutes PDF is made from it. Published synchronously, so its handlers (the outputs) work inside the same
 * transaction (docs/adr/0050-one-way-arrows.md).
 */
public record MinutesPublished(String meetingId) {}
