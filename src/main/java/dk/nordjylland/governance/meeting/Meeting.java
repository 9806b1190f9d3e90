package dk.nordjylland.governance.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A meeting of a forum, from the calendar (planned date) or moved since (starts/ends). */
public record Meeting(
    String id,
    String forumId,
    LocalDate plannedDate,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    MeetingStatus status,
    String processInstanceId) {}
