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
    LocalDateTime decidedAt) {}
