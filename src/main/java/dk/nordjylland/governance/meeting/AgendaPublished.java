package dk.nordjylland.governance.meeting;

/**
 * The agenda of a meeting was sent out (its status is AGENDA_PUBLISHED now), in the cycle's transaction: the agenda
 * PDF and the calendar invitation are made from it. Published synchronously, so its handlers (the outputs) work
 * inside the same transaction (docs/adr/0050-one-way-arrows.md).
 *
 * <p>{@code revised}: the secretariat sent a revised agenda after the first (ADR 0058): a new version of the PDF, but
 * the meeting's time is unchanged, so no new calendar invitation (a move issues one by MeetingMoved).
 */
public record AgendaPublished(String meetingId, boolean revised) {

  /** The cycle's first publication of the agenda. */
  public AgendaPublished(String meetingId) {
    this(meetingId, false);
  }
}
