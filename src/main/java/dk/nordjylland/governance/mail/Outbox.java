package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.mail.Recipients.Recipient;
import dk.nordjylland.governance.notification.Notification;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivery state of the outbox rows (columns of V5). */
@Repository
public class Outbox {

  /** Who got which version of a message sent in parts (ADR 0060), as recorded when the part was handed over. */
  public record SentTo(String email, String userId, MailVersion version, LocalDateTime sentAt) {}

  /** What the outbox knows about one delivery. */
  public record Delivery(Long id, String status, LocalDateTime sentAt, int attempts, String lastError,
      String deliveryProcessInstanceId) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate newTransaction;

  Outbox(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public Optional<Notification> find(long id) {
    return jdbc.sql("select * from gov_notification where id = ?").param(id).query(Notification.class).optional();
  }

  public Optional<Delivery> delivery(long id) {
    return jdbc.sql("select id, status, sent_at, attempts, last_error, delivery_process_instance_id"
        + " from gov_notification where id = ?").param(id).query(Delivery.class).optional();
  }

  void deliveryStarted(long id, String processInstanceId) {
    jdbc.sql("update gov_notification set delivery_process_instance_id = ? where id = ?")
        .params(processInstanceId, id).update();
  }

  void sent(long id) {
    jdbc.sql("update gov_notification set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null"
        + " where id = ?").params(EngineClock.now(), id).update();
  }

  /**
   * The Message-ID of this row's e-mail, from the unique part stored with the notification when it was written
   * (rows from before that: their creation time), so a delivery repeated after a crash sends the same Message-ID
   * and mail clients show the mail once. Read in the job's own transaction: a second connection per mail job could
   * exhaust the pool when every job thread sends at once.
   */
  String messageId(long id, String domain) {
    String unique = jdbc.sql("select coalesce(message_id, cast(created_at as varchar(64))) from gov_notification"
        + " where id = ?").param(id).query(String.class).single();
    return "<" + unique.replaceAll("[^A-Za-z0-9-]", "") + ".notification-" + id + "@" + domain + ">";
  }

  /** The recipients of a message sent in parts, with the version each got (audit: who was given what). */
  public List<SentTo> sentTo(long id) {
    return jdbc.sql("select email, user_id, variant, sent_at from gov_notification_recipient where notification_id = ?"
        + " order by email").param(id).query((rs, n) -> new SentTo(rs.getString("email"), rs.getString("user_id"),
            MailVersion.valueOf(rs.getString("variant")), rs.getTimestamp("sent_at").toLocalDateTime())).list();
  }

  /** The addresses (lower case) a part of this message was handed over to already: a retry leaves them out. */
  Set<String> alreadySentTo(long id) {
    return new HashSet<>(jdbc.sql("select lower(email) from gov_notification_recipient where notification_id = ?")
        .param(id).query(String.class).list());
  }

  /**
   * In a transaction of its own, right after the part went to the mail server: the job's transaction may still roll
   * back (a later part fails), and the retry must know who has their mail.
   */
  void partSent(long id, List<Recipient> to, MailVersion version) {
    newTransaction.executeWithoutResult(status -> to.forEach(r -> jdbc.sql("insert into gov_notification_recipient"
        + " (notification_id, email, user_id, variant, sent_at) values (?, ?, ?, ?, ?)")
        .params(id, r.email(), r.userId(), version.name(), EngineClock.now()).update()));
  }

  /**
   * The Message-ID of the public version for one recipient: its own, stable across retries (the same address gets
   * the same id), beside the row's (see {@link #messageId(long, String)}).
   */
  String messageId(long id, String domain, String recipientEmail) {
    String base = messageId(id, domain);
    return base.substring(0, base.indexOf('@')) + ".public-" + Integer.toHexString(recipientEmail.strip().toLowerCase()
        .hashCode()) + base.substring(base.indexOf('@'));
  }

  /** In a transaction of its own: the job's transaction rolls back, the failure must stay visible. */
  void failed(long id, String error) {
    String text = error == null ? "ukendt fejl" : error.length() > 2000 ? error.substring(0, 2000) : error;
    newTransaction.executeWithoutResult(status -> jdbc.sql("update gov_notification set status = 'FAILED',"
        + " attempts = attempts + 1, last_error = ? where id = ?").params(text, id).update());
  }

}
