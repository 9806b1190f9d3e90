package dk.nordjylland.governance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.nordjylland.governance.GovernanceApplication;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, finding 6: after a crash, pending mails go out as soon as the server is up again, not when the dead
 * process's job locks expire (five minutes). The crash is the state it leaves: a delivery job locked by a lock owner
 * that no longer exists, its lock valid for ten more minutes.
 */
@Tag("isolated")
class MailAfterRestartTest {

  @TempDir Path dataDir;
  GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  @AfterEach
  void stop() {
    smtp.stop();
  }

  ConfigurableApplicationContext start(boolean jobExecutor) {
    return new SpringApplicationBuilder(GovernanceApplication.class).run(
        "--server.port=0", "--camunda.bpm.process-engine-name=mailRestart", "--governance.data-dir=" + dataDir,
        "--camunda.bpm.admin-user.password=mail-restart", "--governance.cycle.auto-start=false",
        "--camunda.bpm.job-execution.enabled=" + jobExecutor, "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--governance.mail.enabled=true", "--spring.mail.host=localhost",
        "--spring.mail.port=" + smtp.getSmtp().getPort());
  }

  @Test
  void aDeliveryJobLockedByAProcessThatDiedIsSentAtOnceAfterTheRestart() throws Exception {
    smtp.start();
    try (ConfigurableApplicationContext crashed = start(false)) {
      crashed.getBean(Notifications.class).toUser("karen.lund", NotificationKind.ACTION, null,
          "Opfølgning efter mødet", "Se opgaven.");
      int locked = crashed.getBean(JdbcClient.class).sql("update act_ru_job set lock_owner_ = 'a-node-that-died',"
          + " lock_exp_time_ = ? where process_def_key_ = ?")
          .params(Timestamp.from(Instant.now().plus(10, ChronoUnit.MINUTES)), NotificationDeliveryProcess.KEY).update();
      assertThat(locked).isEqualTo(1);
    }
    assertThat(smtp.getReceivedMessages()).isEmpty();

    long started = System.nanoTime();
    try (ConfigurableApplicationContext restarted = start(true)) {
      assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("the mail within 30 s of the restart").isTrue();
      assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Opfølgning efter mødet");
      // The job commits just after the SMTP server has the mail.
      JdbcClient db = restarted.getBean(JdbcClient.class);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!"SENT".equals(db.sql("select status from gov_notification").query(String.class).single())
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(db.sql("select status from gov_notification").query(String.class).single()).isEqualTo("SENT");
    }
    assertThat((System.nanoTime() - started) / 1e9).isLessThan(60);
  }
}
