package dk.nordjylland.governance.item;

import java.time.LocalDateTime;

/** An agenda item with the parts every meeting record shows (docs/domain.md "An agenda item"). */
public record Item(
    Long id,
    String title,
    ItemKind kind,
    boolean standing,
    String caseNumber,
    String summary,
    String presentation,
    String economy,
    String furtherProcessing,
    String proposedBy,
    String proposerBody,
    String forumId,
    String meetingId,
    ItemStatus status,
    LocalDateTime createdAt,
    /** Registered after the item deadline by the forum's secretariat or chair (an item event REGISTERED_LATE). */
    boolean late,
    /** Guests announced for the item with its proposal (issue 15); the agenda entry starts with them. */
    String guests) {}
