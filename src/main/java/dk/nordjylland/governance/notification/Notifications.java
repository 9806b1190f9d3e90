package dk.nordjylland.governance.notification;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.mail.NotificationDelivery;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/** Puts messages in the outbox, in the caller's transaction, so a rolled-back step sends nothing. */
@Service
public class Notifications {

  private final JdbcClient jdbc;
  private final NotificationDelivery delivery;

  Notifications(JdbcClient jdbc, NotificationDelivery delivery) {
    this.jdbc = jdbc;
    this.delivery = delivery;
  }

  public void toGroup(String groupId, NotificationKind kind, String meetingId, String subject, String body) {
    insert(kind, groupId, null, meetingId, subject, body, null, null, null);
  }

  /** A message whose mail links to a path of this application ("/api/items/7/attachments/2"), with a Danish label. */
  public void toGroupWithLink(String groupId, NotificationKind kind, String meetingId, String subject, String body,
      String linkPath, String linkLabel) {
    insert(kind, groupId, null, meetingId, subject, body, null, linkPath, linkLabel);
  }

  public void toUser(String userId, NotificationKind kind, String meetingId, String subject, String body) {
    insert(kind, null, userId, meetingId, subject, body, null, null, null);
  }

  /** A message about the group's open task in the process instance: the mail links to the task. */
  public void toGroupAboutTask(String processInstanceId, String groupId, NotificationKind kind, String meetingId,
      String subject, String body) {
    insert(kind, groupId, null, meetingId, subject, body, processInstanceId, null, null);
  }

  /** A message about the person's open task in the process instance: the mail links to the task. */
  public void toUserAboutTask(String processInstanceId, String userId, NotificationKind kind, String meetingId,
      String subject, String body) {
    insert(kind, null, userId, meetingId, subject, body, processInstanceId, null, null);
  }

  /**
   * A message to an address outside the collaboration (an external body, a guest: issue 15), who has no login: its
   * mail links to nothing in the application.
   */
  public void toAddress(String name, String email, NotificationKind kind, String meetingId, String subject,
      String body) {
    insert(kind, null, null, meetingId, subject, body, null, null, null, email, name);
  }

  public List<Notification> ofMeeting(String meetingId) {
    return jdbc.sql("select * from gov_notification where meeting_id = ? order by id")
        .param(meetingId).query(Notification.class).list();
  }

  private void insert(NotificationKind kind, String group, String user, String meetingId, String subject,
      String body, String taskProcessInstanceId, String linkPath, String linkLabel) {
    insert(kind, group, user, meetingId, subject, body, taskProcessInstanceId, linkPath, linkLabel, null, null);
  }

  private void insert(NotificationKind kind, String group, String user, String meetingId, String subject,
      String body, String taskProcessInstanceId, String linkPath, String linkLabel, String email, String name) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    // The unique part of the mail's Message-ID, committed with the notification: every delivery of this row, a
    // repeated one after a crash too, sends the same Message-ID without writing anything before the hand-off.
    jdbc.sql("insert into gov_notification (created_at, kind, recipient_group, recipient_user, meeting_id,"
            + " subject, body, status, task_process_instance_id, message_id, link_path, link_label, recipient_email,"
            + " recipient_name) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?)")
        .params(EngineClock.now(), kind.name(), group, user,
            meetingId, subject, body, taskProcessInstanceId, UUID.randomUUID().toString(), linkPath,
            linkLabel, email, name)
        .update(key, "id");
    delivery.schedule(key.getKey().longValue()); // issue #5: sent as e-mail by a job after this transaction commits
  }
}
