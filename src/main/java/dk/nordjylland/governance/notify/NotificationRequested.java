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
    String recipientName) {}
