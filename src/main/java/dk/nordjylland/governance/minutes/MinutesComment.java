package dk.nordjylland.governance.minutes;

import java.time.LocalDateTime;

/**
 * A member's comment on the minutes draft in a comment round ({@code round} 1, then 2 after a send-back, ...).
 * {@code text} null: the member completed the round with no remarks, which is an answer too.
 */
public record MinutesComment(
    long id, String meetingId, int round, String author, String authorName, LocalDateTime writtenAt, String text) {}
