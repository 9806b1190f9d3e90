package dk.nordjylland.governance.item;

/** A follow-up action decided on an item: owner is a user or group id, dueDate yyyy-MM-dd. */
public record ActionInput(Long itemId, String description, String owner, String dueDate) {}
