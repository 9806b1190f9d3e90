package dk.nordjylland.governance.meeting;

/**
 * A meeting was cancelled (status CANCELLED), in the cancelling transaction: calendars that had it get a
 * cancellation. Published synchronously, so its handlers (the outputs) work inside the same transaction
 * (docs/adr/0050-one-way-arrows.md).
 */
public record MeetingCancelled(String meetingId) {}
