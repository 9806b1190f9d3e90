package dk.nordjylland.governance.item;

import java.time.LocalDate;

/** An action decided at a meeting, started as a follow-up when the minutes are approved. */
public record DecidedAction(Long id, String meetingId, Long itemId, String description, String owner, LocalDate dueDate) {}
