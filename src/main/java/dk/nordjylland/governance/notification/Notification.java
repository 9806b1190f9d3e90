package dk.nordjylland.governance.notification;

import java.time.LocalDateTime;

/**
 * A message in the outbox. Exactly one of recipientGroup and recipientUser is usually set.
 *
 * @param taskProcessInstanceId the process whose open task for the recipient the message is about (the mail links
 *     to that task), or null
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
    String taskProcessInstanceId) {}
