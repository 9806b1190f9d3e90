package dk.nordjylland.governance.notification;

import dk.nordjylland.governance.notify.NotificationKind;
import java.time.LocalDateTime;

/**
 * A message in the outbox. Exactly one of recipientGroup and recipientUser is usually set.
 *
 * @param taskProcessInstanceId the process whose open task for the recipient the message is about (the mail links
 *     to that task), or null
 * @param linkPath a path in this application the mail links to besides the task (an attachment sent later), or null
 * @param linkLabel the Danish label of that link
 * @param recipientEmail an address outside the collaboration (external body, guest) instead of a user or group
 * @param recipientName the name that address is greeted by
 * @param itemId the agenda item whose content the message carries, or null (ADR 0060: whoever may not read that
 *     item's confidential content is left out)
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
    String linkLabel,
    String recipientEmail,
    String recipientName,
    Long itemId) {

  /** To an address outside the collaboration: no login, so no links into the application. */
  public boolean outside() {
    return recipientEmail != null;
  }
}
