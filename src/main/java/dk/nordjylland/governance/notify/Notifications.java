package dk.nordjylland.governance.notify;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Asks for messages in the outbox. Each call publishes a {@link NotificationRequested} that the notification package
 * writes synchronously, in the caller's transaction, so a rolled-back step sends nothing. The steps of the meeting
 * cycle call this, never the outbox itself: the arrow goes from the output to the cycle (docs/adr/0050).
 */
@Service
public class Notifications {

  private final ApplicationEventPublisher events;

  Notifications(ApplicationEventPublisher events) {
    this.events = events;
  }

  public void toGroup(String groupId, NotificationKind kind, String meetingId, String subject, String body) {
    request(kind, groupId, null, meetingId, subject, body, null, null, null, null, null, null);
  }

  /**
   * A message about one agenda item whose mail links to a path of this application ("/api/items/7/attachments/2"),
   * with a Danish label. It carries the item's content: members who may not read it (ADR 0055) do not get it.
   */
  public void toGroupAboutItemWithLink(long itemId, String groupId, NotificationKind kind, String meetingId,
      String subject, String body, String linkPath, String linkLabel) {
    request(kind, groupId, null, meetingId, subject, body, null, linkPath, linkLabel, null, null, itemId);
  }

  /**
   * A message that carries an agenda item's content (a reservation's report): whoever in the group may not read the
   * item's confidential content (a closed item they are disqualified for, ADR 0055) does not get it.
   */
  public void toGroupAboutItem(long itemId, String groupId, NotificationKind kind, String meetingId, String subject,
      String body) {
    request(kind, groupId, null, meetingId, subject, body, null, null, null, null, null, itemId);
  }

  public void toUser(String userId, NotificationKind kind, String meetingId, String subject, String body) {
    request(kind, null, userId, meetingId, subject, body, null, null, null, null, null, null);
  }

  /** A message about the group's open task in the process instance: the mail links to the task. */
  public void toGroupAboutTask(String processInstanceId, String groupId, NotificationKind kind, String meetingId,
      String subject, String body) {
    request(kind, groupId, null, meetingId, subject, body, processInstanceId, null, null, null, null, null);
  }

  /** A message about the person's open task in the process instance: the mail links to the task. */
  public void toUserAboutTask(String processInstanceId, String userId, NotificationKind kind, String meetingId,
      String subject, String body) {
    request(kind, null, userId, meetingId, subject, body, processInstanceId, null, null, null, null, null);
  }

  /**
   * A message to an address outside the collaboration (an external body, a guest: issue 15), who has no login: its
   * mail links to nothing in the application.
   */
  public void toAddress(String name, String email, NotificationKind kind, String meetingId, String subject,
      String body) {
    request(kind, null, null, meetingId, subject, body, null, null, null, email, name, null);
  }

  private void request(NotificationKind kind, String group, String user, String meetingId, String subject,
      String body, String taskProcessInstanceId, String linkPath, String linkLabel, String email, String name,
      Long itemId) {
    events.publishEvent(new NotificationRequested(kind, group, user, meetingId, subject, body, taskProcessInstanceId,
        linkPath, linkLabel, email, name, itemId));
  }
}
