package dk.nordjylland.governance.consultation;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;

/**
 * The use cases behind the service tasks of the consultation model: opening, reminders, escalation, closing
 * ({@link RepliesBeforeForum} puts the replies before a forum).
 */
@Service
class ConsultationSteps {


  private final ConsultationTable table;
  private final ConsultationSchedule schedule;
  private final Consultations consultations;
  private final Notifications notifications;
  private final MeetingTexts texts;
  private final AuthorizationService authorizationService;

  ConsultationSteps(ConsultationTable table, ConsultationSchedule schedule, Consultations consultations,
      Notifications notifications, MeetingTexts texts, AuthorizationService authorizationService) {
    this.table = table;
    this.schedule = schedule;
    this.consultations = consultations;
    this.notifications = notifications;
    this.texts = texts;
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
}
