package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.attachment.FileSizes;
import dk.nordjylland.governance.document.DocumentLinks;
import dk.nordjylland.governance.document.StoredDocument;
import dk.nordjylland.governance.document.TextBlocks;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Attachment;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Closure;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.mail.MailView.Link;
import dk.nordjylland.governance.mail.Recipients.Recipient;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notify.NotificationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A notification's mail body, text and HTML from the Danish templates: greeting, the agenda's items with their files as
 * links, links to the meeting's documents, and the recipient's open task in the Tasklist. The public version (ADR 0060)
 * names a closed item by its public wording and links none of its files.
 */
@Component
class NotificationBodies {

  static final String TEMPLATE = "mail/notification";
  /** Why a reader gets the public version: said, so that it is not mistaken for a shortened agenda. */
  static final String PUBLIC_NOTE = "Du får den offentlige udgave: lukkede punkter står med deres offentlige titel og"
      + " beslutning, fordi du ikke har adgang til deres fortrolige indhold.";

  /** The two parts of a mail body. */
  record Body(String text, String html) {}

  private final Recipients recipients;
  private final Items items;
  private final MailTemplates templates;
  private final GovernanceMailProperties properties;
  private final TaskService taskService;
  private final ClosedItems closedItems;

  NotificationBodies(Recipients recipients, Items items, MailTemplates templates, GovernanceMailProperties properties,
      TaskService taskService, ClosedItems closedItems) {
    this.recipients = recipients;
    this.items = items;
    this.templates = templates;
    this.properties = properties;
    this.taskService = taskService;
    this.closedItems = closedItems;
  }

  /**
   * The body of the notification to the recipients, naming the attached documents; {@code publicVersion}: as someone
   * reads it who may not read the meeting's closed items (one recipient, greeted by name).
   */
  Body of(Notification n, List<Recipient> to, List<StoredDocument> attachments, boolean publicVersion) {
    Map<String, Object> model = Map.of("mail", view(n, to, attachments, publicVersion));
    return new Body(templates.text(TEMPLATE, model), templates.html(TEMPLATE, model));
  }

  private MailView view(Notification n, List<Recipient> to, List<StoredDocument> attachments, boolean publicVersion) {
    String greeting = n.recipientGroup() != null && !publicVersion ? "Til " + recipients.groupName(n.recipientGroup())
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
        Closure closure = publicVersion ? closedItems.closure(entry.itemId()) : Closure.OPEN;
        String title = closure.closed() ? closure.publicHeading()
            : items.find(entry.itemId()).map(i -> i.title()).orElse("");
        String line = "Punkt " + entry.position() + ": " + title
            + (n.kind() == NotificationKind.MINUTES && entry.outcome() != null ? " – " + entry.outcome().danish() : "");
        // A closed item's files are not linked in the public version; its bilag keep their numbers in the count.
        List<Link> fileLinks = closure.closed() ? new ArrayList<>() : itemFiles;
        agenda.add(n.kind() == NotificationKind.AGENDA
            ? line + files(entry, base, fileLinks, bilag, closure.closed()) : line);
      }
    }
    for (StoredDocument d : attachments) {
      links.add(new Link(d.kind().danish() + (d.kind().isCalendar() ? " (kalender)" : " (PDF)"),
          base + DocumentLinks.portal(d.meetingId(), d.kind(), d.version())));
    }
    if (n.meetingId() != null && (n.kind() == NotificationKind.AGENDA || n.kind() == NotificationKind.MINUTES)) {
      // The portal, not /api: the reader's one login (or none: the public page) and no second password (ADR 0062).
      links.add(0, new Link("Se mødet i mødeportalen", base + DocumentLinks.portalMeeting(n.meetingId())));
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
    String text = publicVersion && itemsHeading != null ? n.body() + "\n\n" + PUBLIC_NOTE : n.body();
    return new MailView(n.subject(), greeting, TextBlocks.of(text), itemsHeading, agenda, links,
        attachments.stream().map(StoredDocument::fileName).toList());
  }

  /**
   * ADR 0035: an agenda item's files are links (added to {@code links}), not attachments: the mail stays small and
   * each download asks for the reader's login. Announced ones are named after the item (returned), so members know
   * what is still to come: " (eftersendes: Budget 2027)". {@code closedToReader}: the titles of a closed item's
   * announced files are not named either.
   */
  private String files(AgendaEntry entry, String base, List<Link> links, int[] bilag, boolean closedToReader) {
    List<String> toFollow = new ArrayList<>();
    for (Attachment a : items.attachments(entry.itemId())) {
      // Numbered across the meeting, as the agenda PDF numbers them (item.MeetingAttachments, issue 15).
      int number = ++bilag[0];
      if (a.hasFile()) {
        links.add(new Link("Bilag " + number + " til punkt " + entry.position() + ": " + a.title() + " ("
            + FileSizes.danish(a.size()) + ")", base + Attachment.portalPath(entry.itemId(), a.number())));
      } else if (a.toFollow()) {
        toFollow.add(a.title());
      }
    }
    return toFollow.isEmpty() || closedToReader ? "" : " (eftersendes: " + String.join(", ", toFollow) + ")";
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
