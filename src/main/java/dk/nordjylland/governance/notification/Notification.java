package dk.nordjylland.governance.notification;

import java.time.LocalDateTime;

/**
 * A message in the outbox. Exactly one of recipientGroup and recipientUser is usually set.
 *
 * @param taskProcessInstanceId the process whose open task for the recipient the message is about (the mail links
 *     to that task), or null
 * @param linkPath a path in this application the mail links to besides the task (an attachment sent later), or null
 * @param linkLabel the Danish label of that link
 */
public record Notification(
    Long id,
    LocalDateTime createdAt,
    NotificationKind kind,
    String recipientGroup,
    String recipientUser,
    String meetingId,
    String subject,
    String body,
    String status,
    String taskProcessInstanceId,
    String linkPath,
    String linkLabel) {}
