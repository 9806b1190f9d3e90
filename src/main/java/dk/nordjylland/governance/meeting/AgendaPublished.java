package dk.nordjylland.governance.meeting;

/**
 * The agenda of a meeting was sent out (its status is AGENDA_PUBLISHED now), in the cycle's transaction: the agenda
 * PDF and the calendar invitation are made from it. Published synchronously, so its handlers (the outputs) work
 * inside the same transaction (docs/adr/0050-one-way-arrows.md).
 */
public record AgendaPublished(String meetingId) {}
