package dk.nordjylland.governance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import dk.nordjylland.governance.support.GovernanceTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, finding 6: a mail handed to the SMTP server whose job's commit was then lost (kill -9) is sent again by
 * the retried job. The second copy carries the first one's Message-ID, so mail clients show it once.
 */
@GovernanceTest
class MailRedeliveryTest {

  @Autowired ProcessEngine engine;
  @Autowired Notifications notifications;
  @Autowired NotificationMailer mailer;
  @Autowired Outbox outbox;
  @Autowired JdbcClient jdbc;
  @Autowired GreenMail greenMail;

  @Test
  void aMailSentAgainAfterACrashKeepsItsMessageId() throws Exception {
    notifications.toUser("karen.lund", NotificationKind.ACTION, null, "Opfølgning efter mødet", "Se opgaven.");
    long id = jdbc.sql("select max(id) from gov_notification").query(Long.class).single();
    String instance = outbox.delivery(id).orElseThrow().deliveryProcessInstanceId();
    String job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId();
    engine.getManagementService().executeJob(job);
    assertThat(outbox.delivery(id).orElseThrow().status()).isEqualTo("SENT");

    // The crash: the SMTP server has the mail, but the job's commit (SENT, job done) never reached the database.
    jdbc.sql("update gov_notification set status = 'PENDING', sent_at = null, attempts = 0 where id = ?").param(id)
        .update();
    mailer.deliver(id); // what the retried job does

    List<MimeMessage> copies = received(id);
    assertThat(copies).hasSize(2);
    String messageId = copies.get(0).getMessageID();
    assertThat(messageId).matches("<[^@<>\\s]+@example\\.dk>");
    assertThat(copies.get(1).getMessageID()).isEqualTo(messageId);
    assertThat(messageId).startsWith("<" + jdbc.sql("select message_id from gov_notification where id = ?").param(id)
        .query(String.class).single() + ".notification-" + id + "@");

    // Another notification gets another Message-ID.
    notifications.toUser("karen.lund", NotificationKind.ACTION, null, "En anden besked", "Se opgaven.");
    long other = jdbc.sql("select max(id) from gov_notification").query(Long.class).single();
    mailer.deliver(other);
    assertThat(received(other)).singleElement().extracting(m -> messageIdOf(m)).isNotEqualTo(messageId);
  }

  List<MimeMessage> received(long notificationId) {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      try {
        String[] header = m.getHeader("X-Governance-Notification");
        if (header != null && Arrays.asList(header).contains(String.valueOf(notificationId))) {
          found.add(m);
        }
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  static String messageIdOf(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
