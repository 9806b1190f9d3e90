package dk.nordjylland.governance.item;

/**
 * A follow-up action decided on an item: owner is a user or group id, dueDate as typed: dd-mm-åååå (the meeting
 * form) or yyyy-mm-dd (API clients), read by {@link dk.nordjylland.governance.calendar.DanishDates}.
 */
public record ActionInput(Long itemId, String description, String owner, String dueDate) {}
