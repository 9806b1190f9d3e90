package dk.nordjylland.governance.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;

/** What GreenMail received for one notification, and the addresses a group's mail goes to. */
public final class NotificationMails {

  private NotificationMails() {}

  /** The messages of the notification (one per recipient), found by our X-Governance-Notification header. */
  public static List<MimeMessage> received(GreenMail greenMail, long notificationId) throws MessagingException {
    List<MimeMessage> received = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      String[] header = m.getHeader("X-Governance-Notification");
      if (header != null && Arrays.asList(header).contains(String.valueOf(notificationId))) {
        received.add(m);
      }
    }
    assertThat(received).as("mails of notification %d", notificationId).isNotEmpty();
    return received;
  }

  /** The e-mail addresses of the group's members. */
  public static List<String> emails(IdentityService identityService, String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(u -> u.getEmail()).filter(e -> e != null && !e.isBlank()).distinct().toList();
  }
}
