package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.DocumentLinks;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.StoredDocument;
import dk.nordjylland.governance.document.TextBlocks;
import dk.nordjylland.governance.attachment.FileSizes;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Attachment;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.mail.MailView.Link;
import dk.nordjylland.governance.mail.Recipients.Recipient;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.validation.TextCharacters;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
  static final String TEMPLATE = "mail/notification";
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
  private final MailTemplates templates;
  private final Documents documents;
  private final Items items;
  private final ObjectProvider<JavaMailSender> sender;
  private final GovernanceMailProperties properties;
  private final TaskService taskService;

  NotificationMailer(Outbox outbox, Recipients recipients, MailTemplates templates, Documents documents, Items items,
      ObjectProvider<JavaMailSender> sender, GovernanceMailProperties properties, TaskService taskService) {
    this.taskService = taskService;
    this.outbox = outbox;
    this.recipients = recipients;
    this.templates = templates;
    this.documents = documents;
    this.items = items;
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
    } catch (RuntimeException | jakarta.mail.MessagingException | UnsupportedEncodingException e) {
      outbox.failed(notificationId, e.getClass().getSimpleName() + ": " + e.getMessage());
      LOG.warn("E-mail ikke sendt (besked {}, {}): {}", notificationId, notification.kind(), e.toString());
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }
  }

  private void send(Notification n) throws jakarta.mail.MessagingException, UnsupportedEncodingException {
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
    MailView view = view(n, to, attachments);
    Map<String, Object> model = Map.of("mail", view);

    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(new InternetAddress(properties.from(), properties.fromName(), "UTF-8"));
    for (Recipient r : to) {
      helper.addTo(new InternetAddress(r.email(), r.name(), "UTF-8"));
    }
    helper.setSubject(TextCharacters.renderable(n.subject()));
    helper.setText(templates.text(TEMPLATE, model), templates.html(TEMPLATE, model));
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

  private MailView view(Notification n, List<Recipient> to, List<StoredDocument> attachments) {
    String greeting = n.recipientGroup() != null ? "Til " + recipients.groupName(n.recipientGroup())
        : n.outside() ? "Til " + to.get(0).name() : "Kære " + to.get(0).name();
    List<String> agenda = new ArrayList<>();
    String itemsHeading = null;
    List<Link> links = new ArrayList<>();
    String base = properties.baseUrl().replaceAll("/+$", "");
    List<Link> itemFiles = new ArrayList<>();
    if (n.meetingId() != null && (n.kind() == NotificationKind.AGENDA || n.kind() == NotificationKind.MINUTES)) {
      itemsHeading = n.kind() == NotificationKind.AGENDA ? "Dagsordenens punkter" : "Beslutninger";
      int[] bilag = {0};
      for (AgendaEntry entry : items.agenda(n.meetingId())) {
        String title = items.find(entry.itemId()).map(i -> i.title()).orElse("");
        String line = "Punkt " + entry.position() + ": " + title
            + (n.kind() == NotificationKind.MINUTES && entry.outcome() != null ? " – " + entry.outcome().danish() : "");
        agenda.add(n.kind() == NotificationKind.AGENDA ? line + files(entry, base, itemFiles, bilag) : line);
      }
    }
    for (StoredDocument d : attachments) {
      links.add(new Link(d.kind().danish() + (d.kind().isCalendar() ? " (kalender)" : " (PDF)"),
          base + DocumentLinks.path(d.meetingId(), d.kind())));
    }
    links.addAll(itemFiles);
    if (n.linkPath() != null) {
      links.add(new Link(n.linkLabel() == null || n.linkLabel().isBlank() ? "Åbn" : n.linkLabel(),
          base + n.linkPath()));
    }
    if (!n.outside()) { // outside the collaboration nobody has a login: no link to the Tasklist
      links.add(taskOf(n).map(taskId -> new Link("Åbn opgaven i Tasklist", TaskLinks.task(base, taskId)))
          .orElseGet(() -> new Link("Opgaver i Tasklist", TaskLinks.tasklist(base))));
    }
    return new MailView(n.subject(), greeting, TextBlocks.of(n.body()), itemsHeading, agenda, links,
        attachments.stream().map(StoredDocument::fileName).toList());
  }

  /**
   * ADR 0035: an agenda item's files are links (added to {@code links}), not attachments: the mail stays small and
   * each download asks for the reader's login. Announced ones are named after the item (returned), so members know
   * what is still to come: " (eftersendes: Budget 2027)".
   */
  private String files(AgendaEntry entry, String base, List<Link> links, int[] bilag) {
    List<String> toFollow = new ArrayList<>();
    for (Attachment a : items.attachments(entry.itemId())) {
      // Numbered across the meeting, as the agenda PDF numbers them (item.MeetingAttachments, issue 15).
      int number = ++bilag[0];
      if (a.hasFile()) {
        links.add(new Link("Bilag " + number + " til punkt " + entry.position() + ": " + a.title() + " ("
            + FileSizes.danish(a.size()) + ")", base + a.link()));
      } else if (a.toFollow()) {
        toFollow.add(a.title());
      }
    }
    return toFollow.isEmpty() ? "" : " (eftersendes: " + String.join(", ", toFollow) + ")";
  }

  /**
   * The recipient's open task in the process the message is about, if exactly one: the person's own (assigned or
   * theirs to claim), or the group's. Looked up when the mail is sent, after the step that wrote it has committed,
   * so a task created later in that step (the reply tasks after the consultation's opening) is found.
   */
  private Optional<String> taskOf(Notification n) {
    if (n.taskProcessInstanceId() == null) {
      return Optional.empty();
    }
    List<Task> tasks;
    if (n.recipientUser() != null) {
      tasks = taskService.createTaskQuery().processInstanceId(n.taskProcessInstanceId()).active()
          .taskAssignee(n.recipientUser()).list();
      if (tasks.isEmpty()) {
        tasks = taskService.createTaskQuery().processInstanceId(n.taskProcessInstanceId()).active()
            .taskCandidateUser(n.recipientUser()).list();
      }
    } else {
      tasks = taskService.createTaskQuery().processInstanceId(n.taskProcessInstanceId()).active()
          .taskCandidateGroup(n.recipientGroup()).includeAssignedTasks().list();
    }
    return tasks.size() == 1 ? Optional.of(tasks.get(0).getId()) : Optional.empty();
  }
}
