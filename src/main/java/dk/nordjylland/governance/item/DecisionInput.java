package dk.nordjylland.governance.item;

/** A meeting's decision on one agenda item (the record-meeting screen or the API). */
public record DecisionInput(
    Long itemId,
    Outcome outcome,
    String decisionText,
    String targetForumId,
    String targetMeetingId,
    String reservation,
    String reservationOwner,
    String guests) {}
