package dk.nordjylland.governance.item;

/** The screening decision for one item (the screen-items form or the API). */
public record ScreeningInput(
    Long itemId, ScreeningDecision decision, Integer position, String deferToMeetingId, String targetForumId,
    String reason) {}
