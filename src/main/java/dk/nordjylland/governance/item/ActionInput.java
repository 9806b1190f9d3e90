package dk.nordjylland.governance.item;

/**
 * A follow-up action decided on an item: owner is a user or group id, dueDate dd-mm-åååå or yyyy-mm-dd (API clients;
 * the record-meeting screen reads the typed date itself and sends it as yyyy-mm-dd), read by
 * {@link dk.nordjylland.governance.calendar.DanishDates}.
 */
public record ActionInput(Long itemId, String description, String owner, String dueDate) {}
