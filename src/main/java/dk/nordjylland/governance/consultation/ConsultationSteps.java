package dk.nordjylland.governance.consultation;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.item.Agenda;
import dk.nordjylland.governance.item.ItemKind;
import dk.nordjylland.governance.item.ItemProposal.AttachmentProposal;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The use cases behind the service tasks of the consultation and mid-term status models: opening,
 * reminders, escalation, closing, and putting the replies before a forum.
 */
@Service
class ConsultationSteps {

  private static final Logger LOG = LoggerFactory.getLogger(ConsultationSteps.class);
  /** The item's case presentation holds at most this many characters (Agenda's limit). */
  static final int MAX_PRESENTATION = 30000;

  private final ConsultationTable table;
  private final ConsultationSchedule schedule;
  private final Consultations consultations;
  private final Notifications notifications;
  private final MeetingTexts texts;
  private final Agenda agenda;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  ConsultationSteps(ConsultationTable table, ConsultationSchedule schedule, Consultations consultations,
      Notifications notifications, MeetingTexts texts, Agenda agenda, IdentityService identityService,
      AuthorizationService authorizationService) {
    this.table = table;
    this.schedule = schedule;
    this.consultations = consultations;
    this.notifications = notifications;
    this.texts = texts;
    this.agenda = agenda;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /**
   * The process has started: the consultation is open, its secretariat and responding groups may see the
   * instance in the Tasklist and Cockpit, and every respondent is told what to answer by when.
   */
  void open(long consultationId, String processInstanceId) {
    Consultation c = consultation(consultationId);
    if (!table.markOpen(consultationId, processInstanceId)) {
      throw new IllegalStateException("Consultation " + consultationId + " is " + c.status() + ", not CREATED");
    }
    // Once per group: the owning secretariat may be a respondent too (an agreement's hearing by default).
    Set<String> readers = new LinkedHashSet<>(List.of(c.ownerGroup()));
    for (Respondent r : table.respondents(consultationId)) {
      if (r.isGroup()) {
        readers.add(r.respondent());
      }
    }
    readers.forEach(group -> grantRead(processInstanceId, group));
    for (Respondent r : table.respondents(consultationId)) {
      send(r, processInstanceId, NotificationKind.CONSULTATION, "Høring: " + c.subject(),
          "Sekretariatet (" + c.ownerGroup() + ") beder om svar fra " + r.name() + " senest "
              + texts.dateTime(schedule.due(consultationId)) + ".\n\n" + c.question()
              + "\n\nSvar i Tasklist (opgaven \"Besvar høring\") eller med POST /api/consultations/" + consultationId
              + "/replies.");
    }
  }

  /** Reminds every respondent who has not replied yet. */
  void remind(long consultationId) {
    Consultation c = consultation(consultationId);
    for (Respondent r : missing(consultationId)) {
      send(r, c.processInstanceId(), NotificationKind.REMINDER, "Påmindelse: høring om " + shorten(c.subject(), 120),
          "Vi mangler stadig svar fra " + r.name() + " på høringen '" + c.subject() + "'. Svarfristen er "
              + texts.dateTime(schedule.due(consultationId)) + ".\n\n" + c.question());
    }
  }

  /** Tells the owning secretariat who has not replied; its task to close the consultation follows. */
  void escalate(long consultationId) {
    Consultation c = consultation(consultationId);
    String missing = missing(consultationId).stream().map(Respondent::name).collect(Collectors.joining(", "));
    notifications.toGroupAboutTask(c.processInstanceId(), c.ownerGroup(), NotificationKind.ESCALATION, null,
        "Eskalering: svarfristen for høringen om " + shorten(c.subject(), 120) + " er overskredet",
        "Svarfristen var " + texts.dateTime(schedule.due(consultationId)) + ". Der mangler svar fra: " + missing
            + ".\n\nSene svar modtages, indtil I lukker høringen (opgaven \"Luk høringen\" i Tasklist).");
  }

  /** Closes the consultation (once: false when it was closed already). */
  boolean close(long consultationId, String actor) {
    return table.close(consultationId, actor == null ? "system" : actor, EngineClock.now());
  }

  /**
   * Puts the replies before the consultation's own forum as an agenda item of its next open meeting (the
   * forum's pipeline when no meeting takes items now).
   *
   * @return the item's id
   */
  long putBeforeForum(long consultationId) {
    Consultation c = consultation(consultationId);
    return putBefore(consultationId, c.forumId());
  }

  /** Puts the replies of a consultation before the given forum as an item (the mid-term status' next forums). */
  long putBefore(long consultationId, String forumId) {
    Consultation c = consultation(consultationId);
    List<Respondent> respondents = table.respondents(consultationId);
    Map<String, ConsultationReply> replies = table.replies(consultationId).stream()
        .collect(Collectors.toMap(ConsultationReply::respondent, Function.identity()));
    String title = ItemKind.fromTitle(c.subject()) == ItemKind.OTHER ? "Godkendelse: " + c.subject() : c.subject();
    Group ownerGroup = identityService.createGroupQuery().groupId(c.ownerGroup()).singleResult();
    String owner = ownerGroup == null ? c.ownerGroup() : ownerGroup.getName();
    String topic = ItemKind.fromTitle(c.subject()) == ItemKind.OTHER || !c.subject().contains(":")
        ? c.subject() : c.subject().substring(c.subject().indexOf(':') + 1).strip();
    List<AttachmentProposal> attachments = new ArrayList<>();
    for (Respondent r : respondents) {
      if (replies.containsKey(r.respondent())) {
        attachments.add(new AttachmentProposal(shorten("Høringssvar fra " + r.name(), 300), false));
      }
    }
    String summary = "Der har været høring med svarfrist " + c.replyBy().format(DanishDates.DATE) + ". "
        + replies.size() + " af " + respondents.size() + " parter har svaret. Svarene fremlægges her.";
    String revision = table.midtermStatus(consultationId).map(MidtermStatusRecord::revisionNote)
        .map(note -> "Revideret efter forummets bemærkninger: " + shorten(note, 4000) + "\n\n").orElse("");
    long itemId = agenda.proposeForProcess(new ItemProposal(forumId, null, shorten(title, 300), null, summary,
        shorten(revision + presentation(c, respondents, replies), MAX_PRESENTATION), null, null, shorten(owner, 200),
        List.of("Drøfter høringssvarene.", "Godkender " + lowerFirst(shorten(topic, 1500)) + "."),
        attachments), c.createdBy());
    table.attachItem(consultationId, itemId, forumId, EngineClock.now());
    LOG.info("Consultation {}: replies put before {} as item {}", consultationId, forumId, itemId);
    return itemId;
  }

  /** The question, then every respondent's reply (late ones marked) or "intet svar"; within the item's limit. */
  static String presentation(Consultation c, List<Respondent> respondents, Map<String, ConsultationReply> replies) {
    int perReply = Math.max(200, (MAX_PRESENTATION - 5000) / Math.max(1, respondents.size()));
    StringBuilder text = new StringBuilder("Spørgsmål i høringen:\n").append(shorten(c.question(), 4000))
        .append("\n\nHøringssvar:\n");
    for (Respondent r : respondents) {
      ConsultationReply reply = replies.get(r.respondent());
      text.append("\n").append(r.name());
      if (reply == null) {
        text.append(": intet svar.\n");
        continue;
      }
      text.append(" (svar ").append(reply.repliedAt().toLocalDate().format(DanishDates.DATE))
          .append(reply.late() ? ", efter svarfristen" : "").append("):\n");
      if (reply.contactName() != null) {
        text.append("Kontaktperson: ").append(reply.contactName()).append(", ").append(reply.contactEmail())
            .append("\n");
      }
      if (reply.answer() != null) {
        text.append(shorten(reply.answer(), perReply)).append("\n");
      }
    }
    return shorten(text.toString(), MAX_PRESENTATION);
  }

  private List<Respondent> missing(long consultationId) {
    List<String> replied = table.replies(consultationId).stream().map(ConsultationReply::respondent).toList();
    return table.respondents(consultationId).stream().filter(r -> !replied.contains(r.respondent())).toList();
  }

  /** To a respondent, about their reply task in the consultation's process (the mail links to it). */
  private void send(Respondent r, String processInstanceId, NotificationKind kind, String subject, String body) {
    if (r.isGroup()) {
      notifications.toGroupAboutTask(processInstanceId, r.respondent(), kind, null, subject, body);
    } else {
      notifications.toUserAboutTask(processInstanceId, r.respondent(), kind, null, subject, body);
    }
  }

  private void grantRead(String processInstanceId, String groupId) {
    Authorization auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    auth.setGroupId(groupId);
    auth.setResource(Resources.PROCESS_INSTANCE);
    auth.setResourceId(processInstanceId);
    auth.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(auth);
  }

  private Consultation consultation(long consultationId) {
    return consultations.get(consultationId);
  }

  static String shorten(String text, int max) {
    String t = text.strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
