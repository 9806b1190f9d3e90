package dk.nordjylland.governance.meeting;

/**
 * A meeting got another time or place, in the mover's transaction: calendars that had it get a new invitation.
 * Published synchronously, so its handlers (the outputs) work inside the same transaction
 * (docs/adr/0050-one-way-arrows.md).
 */
public record MeetingMoved(String meetingId) {}
