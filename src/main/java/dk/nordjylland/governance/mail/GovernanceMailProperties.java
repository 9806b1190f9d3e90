package dk.nordjylland.governance.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code governance.mail}: e-mail delivery of the outbox (gov_notification). The SMTP server itself is Spring
 * Boot's {@code spring.mail.*} (host, port, username, password, properties), unless the embedded server is on.
 *
 * @param enabled deliver notifications as e-mail (each by a {@code notificationDelivery} job); off: they stay
 *     PENDING in the outbox
 * @param from sender address (also the ORGANIZER of calendar invitations)
 * @param fromName sender name
 * @param baseUrl how users reach this server, for links in mails
 * @param retryTimeCycle documented here, set in the model: notification-delivery.bpmn retries R5/PT5M
 * @param embeddedServer an embedded GreenMail SMTP/IMAP server (demo profile and tests)
 */
@ConfigurationProperties("governance.mail")
public record GovernanceMailProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("sekretariat@example.dk") String from,
    @DefaultValue("Sundhedssamarbejdet i Nordjylland") String fromName,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("R5/PT5M") String retryTimeCycle,
    @DefaultValue EmbeddedServer embeddedServer) {

  /**
   * @param enabled start GreenMail in this application and send to it
   * @param smtpPort its SMTP port (0: any free port)
   * @param imapPort its IMAP port to read what was sent (0: any free port, -1: no IMAP)
   */
  public record EmbeddedServer(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("3025") int smtpPort,
      @DefaultValue("3143") int imapPort) {}
}
