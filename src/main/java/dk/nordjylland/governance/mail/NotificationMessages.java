package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.PublicDocuments;
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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * One e-mail of an outbox row (HTML and plain text, Danish templates), with the meeting's agenda or minutes PDF and
 * calendar invitation attached where the kind calls for them: the full PDF, or for {@link MailVersion#PUBLIC} the
 * public PDF of the same (latest) version (ADR 0055, 0060).
 */
@Component
class NotificationMessages {

  /** A message ready to send, and what is attached to it (for the log). */
  record Composed(MimeMessage message, List<StoredDocument> attachments) {}

  private final Outbox outbox;
  private final NotificationBodies bodies;
  private final Documents documents;
  private final PublicDocuments publicDocuments;
  private final GovernanceMailProperties properties;

  NotificationMessages(Outbox outbox, NotificationBodies bodies, Documents documents, PublicDocuments publicDocuments,
      GovernanceMailProperties properties) {
    this.outbox = outbox;
    this.bodies = bodies;
    this.documents = documents;
    this.publicDocuments = publicDocuments;
    this.properties = properties;
  }

  /** The message of the row to these recipients, in the version they may read (FULL or PUBLIC). */
  Composed compose(JavaMailSender mail, Notification n, List<Recipient> to, MailVersion version)
      throws MessagingException, UnsupportedEncodingException {
    boolean publicVersion = version == MailVersion.PUBLIC;
    List<StoredDocument> attachments = attachments(n, publicVersion);
    NotificationBodies.Body body = bodies.of(n, to, attachments, publicVersion);

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
    // Set before sending, the Message-ID is kept (JavaMailSenderImpl restores it after saveChanges()). The public
    // version has one of its own per recipient: a different message, but the same one again on a retry.
    String domain = domainOf(properties.from());
    message.setHeader("Message-ID", publicVersion ? outbox.messageId(n.id(), domain, to.get(0).email())
        : outbox.messageId(n.id(), domain));
    return new Composed(message, attachments);
  }

  private static String domainOf(String address) {
    int at = address == null ? -1 : address.lastIndexOf('@');
    return at < 0 || at == address.length() - 1 ? "localhost" : address.substring(at + 1).replaceAll("[<>\\s]", "");
  }

  private List<StoredDocument> attachments(Notification n, boolean publicVersion) {
    if (n.meetingId() == null) {
      return List.of();
    }
    List<Optional<StoredDocument>> found = switch (n.kind()) {
      case AGENDA -> List.of(meetingRecord(n.meetingId(), DocumentKind.AGENDA, publicVersion),
          documents.latest(n.meetingId(), DocumentKind.INVITATION));
      case MINUTES -> List.of(meetingRecord(n.meetingId(), DocumentKind.MINUTES, publicVersion));
      case MEETING_MOVED -> List.of(documents.latest(n.meetingId(), DocumentKind.INVITATION));
      case MEETING_CANCELLED -> List.of(documents.latest(n.meetingId(), DocumentKind.CANCELLATION));
      default -> List.of();
    };
    return found.stream().flatMap(Optional::stream).toList();
  }

  /**
   * The latest agenda or minutes, or its public version: a revised version (N+1) has its own stored beside it. A
   * version without one (made before an item was closed) is not attached to the public version at all.
   */
  private Optional<StoredDocument> meetingRecord(String meetingId, DocumentKind kind, boolean publicVersion) {
    Optional<StoredDocument> latest = documents.latest(meetingId, kind);
    return publicVersion ? latest.flatMap(publicDocuments::asPublic) : latest;
  }
}
