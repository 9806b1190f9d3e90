package dk.nordjylland.governance.notification;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.notify.NotificationRequested;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/** Writes the messages the steps ask for into the outbox (gov_notification), in the caller's transaction. */
@Service
public class NotificationOutbox {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  NotificationOutbox(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  public List<Notification> ofMeeting(String meetingId) {
    return jdbc.sql("select * from gov_notification where meeting_id = ? order by id")
        .param(meetingId).query(Notification.class).list();
  }

  /** Synchronous (not after commit): the row belongs to the step's transaction and rolls back with it. */
  @EventListener
  void write(NotificationRequested request) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    // The unique part of the mail's Message-ID, committed with the notification: every delivery of this row, a
    // repeated one after a crash too, sends the same Message-ID without writing anything before the hand-off.
    jdbc.sql("insert into gov_notification (created_at, kind, recipient_group, recipient_user, meeting_id,"
            + " subject, body, status, task_process_instance_id, message_id, link_path, link_label, recipient_email,"
            + " recipient_name, item_id) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?)")
        .params(EngineClock.now(), request.kind().name(), request.recipientGroup(), request.recipientUser(),
            request.meetingId(), request.subject(), request.body(), request.taskProcessInstanceId(),
            UUID.randomUUID().toString(), request.linkPath(), request.linkLabel(), request.recipientEmail(),
            request.recipientName(), request.itemId())
        .update(key, "id");
    // issue #5: sent as e-mail by a job after this transaction commits
    events.publishEvent(new NotificationWritten(key.getKey().longValue()));
  }
}
