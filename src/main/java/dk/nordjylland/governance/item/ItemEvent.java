package dk.nordjylland.governance.item;

import java.time.LocalDateTime;

/** One step in an item's history. */
public record ItemEvent(
    Long id, Long itemId, LocalDateTime at, ItemEventKind kind, String forumId, String meetingId, String text,
    String actor) {}
