package dk.nordjylland.governance.notify;

/**
 * A step asks for a message to go into the outbox. Published by {@link Notifications} inside the step's transaction
 * and written by the notification package in that same transaction, so a rolled-back step sends nothing. Exactly one
 * of recipientGroup, recipientUser and recipientEmail is usually set.
 *
 * @param taskProcessInstanceId the process whose open task for the recipient the message is about, or null
 * @param linkPath a path in this application the mail links to besides the task, or null
 * @param linkLabel the Danish label of that link
 * @param recipientEmail an address outside the collaboration instead of a user or group
 * @param recipientName the name that address is greeted by
 * @param itemId the agenda item whose content the message carries (a bilag, a reservation's report), or null: whoever
 *     may not read that item's confidential content (a closed item, ADR 0055) is left out of the message (ADR 0060)
 */
public record NotificationRequested(
    NotificationKind kind,
    String recipientGroup,
    String recipientUser,
    String meetingId,
    String subject,
    String body,
    String taskProcessInstanceId,
    String linkPath,
    String linkLabel,
    String recipientEmail,
    String recipientName,
    Long itemId) {}
