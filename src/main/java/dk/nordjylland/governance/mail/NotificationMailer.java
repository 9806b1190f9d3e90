package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.StoredDocument;
import dk.nordjylland.governance.mail.Recipients.Recipient;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.validation.TextCharacters;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends one outbox row as one e-mail (HTML and plain text, Danish templates) to every recipient's address, with the
 * meeting's agenda or minutes PDF and calendar invitation attached where the kind calls for them. A failure is
 * recorded (FAILED, attempts, last error) and thrown, so the job retries and finally raises an incident.
 */
@Service
class NotificationMailer {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);
  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    // Jakarta Mail 2.1 looks its StreamProvider up with a new ServiceLoader, a scan of every jar, for each body part,
    // header block and encoded word (jakartaee/mail-api#699, #861): some 5 % of a meeting cycle's CPU in the
    // benchmark. Its FactoryFinder asks this system property first, which costs one class look-up instead.
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private final Outbox outbox;
  private final Recipients recipients;
  private final NotificationBodies bodies;
  private final Documents documents;
  private final ObjectProvider<JavaMailSender> sender;
  private final GovernanceMailProperties properties;

  NotificationMailer(Outbox outbox, Recipients recipients, NotificationBodies bodies, Documents documents,
      ObjectProvider<JavaMailSender> sender, GovernanceMailProperties properties) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.bodies = bodies;
    this.documents = documents;
    this.sender = sender;
    this.properties = properties;
  }

  public void deliver(long notificationId) {
    Notification notification = outbox.find(notificationId)
        .orElseThrow(() -> new IllegalStateException("Beskeden " + notificationId + " findes ikke i udbakken."));
    if ("SENT".equals(notification.status())) {
      return;
    }
    try {
      send(notification);
      outbox.sent(notificationId);
    } catch (RuntimeException | MessagingException | UnsupportedEncodingException e) {
      outbox.failed(notificationId, e.getClass().getSimpleName() + ": " + e.getMessage());
      LOG.warn("E-mail ikke sendt (besked {}, {}): {}", notificationId, notification.kind(), e.toString());
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }
  }

  private void send(Notification n) throws MessagingException, UnsupportedEncodingException {
    List<Recipient> to = recipients.of(n);
    if (to.isEmpty()) {
      throw new IllegalStateException("Ingen modtagere med e-mailadresse for "
          + (n.recipientGroup() != null ? "gruppen " + n.recipientGroup() : "brugeren " + n.recipientUser()) + ".");
    }
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      throw new IllegalStateException("Ingen mailserver er konfigureret (spring.mail.host).");
    }
    List<StoredDocument> attachments = attachments(n);
    NotificationBodies.Body body = bodies.of(n, to, attachments);

    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(new InternetAddress(properties.from(), properties.fromName(), "UTF-8"));
    for (Recipient r : to) {
      helper.addTo(new InternetAddress(r.email(), r.name(), "UTF-8"));
    }
    helper.setSubject(TextCharacters.renderable(n.subject()));
    helper.setText(body.text(), body.html());
    for (StoredDocument d : attachments) {
      helper.addAttachment(d.fileName(), new ByteArrayResource(d.content()), d.contentType());
    }
    message.setHeader("X-Governance-Notification", String.valueOf(n.id()));
    // Set before sending, the Message-ID is kept (JavaMailSenderImpl restores it after saveChanges()).
    message.setHeader("Message-ID", outbox.messageId(n.id(), domainOf(properties.from())));
    mail.send(message);
    LOG.info("E-mail sendt: besked {} ({}) \"{}\" til {} modtager(e): {}{}", n.id(), n.kind(), n.subject(), to.size(),
        String.join(", ", to.stream().map(Recipient::email).toList()),
        attachments.isEmpty() ? "" : " med " + String.join(", ", attachments.stream().map(StoredDocument::fileName)
            .toList()));
  }

  private static String domainOf(String address) {
    int at = address == null ? -1 : address.lastIndexOf('@');
    return at < 0 || at == address.length() - 1 ? "localhost" : address.substring(at + 1).replaceAll("[<>\\s]", "");
  }

  private List<StoredDocument> attachments(Notification n) {
    if (n.meetingId() == null) {
      return List.of();
    }
    List<Optional<StoredDocument>> found = switch (n.kind()) {
      case AGENDA -> List.of(documents.latest(n.meetingId(), DocumentKind.AGENDA),
          documents.latest(n.meetingId(), DocumentKind.INVITATION));
      case MINUTES -> List.of(documents.latest(n.meetingId(), DocumentKind.MINUTES));
      case MEETING_MOVED -> List.of(documents.latest(n.meetingId(), DocumentKind.INVITATION));
      case MEETING_CANCELLED -> List.of(documents.latest(n.meetingId(), DocumentKind.CANCELLATION));
      default -> List.of();
    };
    return found.stream().flatMap(Optional::stream).toList();
  }
}
