package dk.nordjylland.governance.minutes;

import java.time.LocalDateTime;

/** The chair did not approve the minutes and sent them back to the secretariat with these remarks. */
public record SendBack(
    long id, String meetingId, String author, String authorName, LocalDateTime writtenAt, String remarks) {}
