package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.document.StoredDocument;
import dk.nordjylland.governance.mail.Recipients.Recipient;
import dk.nordjylland.governance.notification.Notification;
import jakarta.mail.MessagingException;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends one outbox row as e-mail to every recipient's address (NotificationMessages). A row that carries closed items'
 * content goes out in parts, each recipient in the version they may read (ReaderVersions, ADR 0060): one mail to the
 * readers of the full version, one per other recipient; each part is recorded as it is handed over, so a retry sends
 * only the parts still missing and never the full version to someone who may no longer read it. A failure is
 * recorded (FAILED, attempts, last error) and thrown, so the job retries and finally raises an incident; the row is
 * SENT when every part is.
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
  private final ReaderVersions readerVersions;
  private final NotificationMessages messages;
  private final ObjectProvider<JavaMailSender> sender;

  NotificationMailer(Outbox outbox, Recipients recipients, ReaderVersions readerVersions,
      NotificationMessages messages, ObjectProvider<JavaMailSender> sender) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.readerVersions = readerVersions;
    this.messages = messages;
    this.sender = sender;
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
    Optional<ReaderVersions.Split> split = readerVersions.of(n, to);
    if (split.isEmpty()) {
      send(mail, n, to, MailVersion.FULL);
      return;
    }
    // In parts: whoever has theirs already (a retry after a part failed) is left out.
    Set<String> done = outbox.alreadySentTo(n.id());
    List<Recipient> full = split.get().full().stream().filter(r -> !done.contains(r.email().toLowerCase())).toList();
    if (!full.isEmpty()) {
      send(mail, n, full, MailVersion.FULL);
      outbox.partSent(n.id(), full, MailVersion.FULL);
    }
    for (Recipient r : split.get().others()) {
      if (done.contains(r.email().toLowerCase())) {
        continue;
      }
      if (split.get().othersGet() == MailVersion.PUBLIC) {
        send(mail, n, List.of(r), MailVersion.PUBLIC);
      } else {
        LOG.info("E-mail {} ({}) ikke sendt til {}: handler om et lukket punkt, modtageren ikke har adgang til", n.id(),
            n.kind(), r.email());
      }
      outbox.partSent(n.id(), List.of(r), split.get().othersGet());
    }
  }

  private void send(JavaMailSender mail, Notification n, List<Recipient> to, MailVersion version)
      throws MessagingException, UnsupportedEncodingException {
    NotificationMessages.Composed composed = messages.compose(mail, n, to, version);
    mail.send(composed.message());
    List<StoredDocument> attachments = composed.attachments();
    LOG.info("E-mail sendt: besked {} ({}{}) \"{}\" til {} modtager(e): {}{}", n.id(), n.kind(),
        version == MailVersion.PUBLIC ? ", offentlig udgave" : "", n.subject(), to.size(),
        String.join(", ", to.stream().map(Recipient::email).toList()),
        attachments.isEmpty() ? "" : " med " + String.join(", ", attachments.stream().map(StoredDocument::fileName)
            .toList()));
  }
}
