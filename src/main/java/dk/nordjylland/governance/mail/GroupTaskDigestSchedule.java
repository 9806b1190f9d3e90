package dk.nordjylland.governance.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the digest of new group tasks on working hours (governance.mail.digest-cron). */
@Component
@ConditionalOnProperty(name = "governance.mail.enabled", havingValue = "true")
class GroupTaskDigestSchedule {

  private final GroupTaskDigest digest;

  GroupTaskDigestSchedule(GroupTaskDigest digest) {
    this.digest = digest;
  }

  @Scheduled(cron = "${governance.mail.digest-cron:0 0 7-16 * * MON-FRI}", zone = "${governance.zone}")
  void send() {
    digest.send();
  }
}
