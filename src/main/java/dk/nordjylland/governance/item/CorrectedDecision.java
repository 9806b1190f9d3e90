package dk.nordjylland.governance.item;

/**
 * The decision on one item as it should stand in the minutes (PUT /api/meetings/{id}/decisions/{itemId}): the whole
 * decision, as recorded, replaces the recorded one.
 */
public record CorrectedDecision(
    Outcome outcome,
    String decisionText,
    String guests,
    String reservation,
    String reservationOwner,
    String targetForumId,
    String targetMeetingId) {

  DecisionInput on(long itemId) {
    return new DecisionInput(itemId, outcome, decisionText, targetForumId, targetMeetingId, reservation,
        reservationOwner, guests);
  }
}
