package dk.nordjylland.governance.item;

import java.time.LocalDateTime;

/** An item on a meeting's agenda and the meeting's decision on it. */
public record AgendaEntry(
    String meetingId,
    Long itemId,
    int position,
    String guests,
    Outcome outcome,
    String decisionText,
    String targetForumId,
    String targetMeetingId,
    String reservation,
    String reservationOwner,
    LocalDateTime decidedAt,
    /** The part of the item postponed while the rest was decided (ADR 0044); it comes back as an item of its own. */
    String postponedPart) {

  /** Whether the decision names where the item goes, besides its outcome (as {@link DecisionInput#namesTarget}). */
  boolean namesTarget() {
    return DecisionInput.notBlank(targetForumId) || DecisionInput.notBlank(targetMeetingId);
  }
}
