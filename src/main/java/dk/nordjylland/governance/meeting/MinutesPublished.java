package dk.nordjylland.governance.meeting;

/**
 * The minutes of a meeting were approved and sent out (status MINUTES_PUBLISHED), in the cycle's transaction, or
 * published again corrected after the approval ({@code correction}, ADR 0059): the minutes PDF is made from it as a new
 * version. Published synchronously, so its handlers (the outputs) work inside the same transaction
 * (docs/adr/0050-one-way-arrows.md). A listener that must act once per meeting, not once per version, checks
 * {@code correction}; the follow-up is the cycle's own step and never listens here.
 */
public record MinutesPublished(String meetingId, boolean correction) {

  public MinutesPublished(String meetingId) {
    this(meetingId, false);
  }
}
