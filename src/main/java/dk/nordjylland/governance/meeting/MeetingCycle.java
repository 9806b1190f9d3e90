package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The use cases behind the service tasks of the meeting cycle. */
@Service
public class MeetingCycle {

  private static final Logger LOG = LoggerFactory.getLogger(MeetingCycle.class);

  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final MeetingTexts texts;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final MeetingCycleInstances cycleInstances;

  MeetingCycle(Meetings meetings, MeetingSchedule schedule, MeetingTexts texts, Notifications notifications,
      ApplicationEventPublisher events, MeetingCycleInstances cycleInstances) {
    this.cycleInstances = cycleInstances;
    this.meetings = meetings;
    this.schedule = schedule;
    this.texts = texts;
    this.notifications = notifications;
    this.events = events;
  }

  /**
   * Whether the meeting still collects items: its cycle has not started, or waits at "Indsaml dagsordenspunkter"
   * (the screening has not begun). Asked as the system: the answer must not depend on what the caller may read.
   */
  public boolean collectingItems(Meeting meeting) {
    if (meeting.processInstanceId() == null) {
      return meeting.status() == MeetingStatus.PLANNED;
    }
    return cycleInstances.waitsAt(meeting.processInstanceId(), MeetingCycleProcess.Elements.COLLECT_ITEMS);
  }

  public void openCallForItems(String meetingId) {
    Meeting meeting = meetings.get(meetingId);
    meetings.setStatus(meetingId, MeetingStatus.CALL_FOR_ITEMS);
    notifications.toGroup(ForumRole.MEMBER.groupId(meeting.forumId()), NotificationKind.CALL_FOR_ITEMS, meetingId,
        "Indkaldelse af dagsordenspunkter: " + texts.title(meeting),
        "Forslag til dagsordenspunkter til " + texts.title(meeting) + " skal være sekretariatet i hænde senest "
            + texts.dateTime(schedule.itemDeadline(meetingId)) + ".");
  }

  /**
   * Reminds the members of the item deadline, unless the reminder's moment had passed before the call opened
   * (a cycle started late, e.g. the demo's first start): its timer fires at once, and a reminder in the same
   * second as the call is noise. {@code callOpenedAt} null (cycles started before this rule): always sent.
   */
  void remindItemDeadline(String meetingId, Date callOpenedAt) {
    if (passedBeforeCallOpened(schedule.itemReminder(meetingId), callOpenedAt, "reminder", meetingId)) {
      return;
    }
    Meeting meeting = meetings.get(meetingId);
    notifications.toGroup(ForumRole.MEMBER.groupId(meeting.forumId()), NotificationKind.REMINDER, meetingId,
        "Påmindelse: frist for dagsordenspunkter til " + texts.title(meeting),
        "Fristen for forslag til dagsordenspunkter er " + texts.dateTime(schedule.itemDeadline(meetingId)) + ".");
  }

  /** Escalates an open call to the chair, unless its moment had passed before the call opened (see the reminder). */
  void escalateItemDeadline(String meetingId, Date callOpenedAt) {
    if (passedBeforeCallOpened(schedule.itemEscalation(meetingId), callOpenedAt, "escalation", meetingId)) {
      return;
    }
    Meeting meeting = meetings.get(meetingId);
    notifications.toGroup(ForumRole.CHAIR.groupId(meeting.forumId()), NotificationKind.ESCALATION, meetingId,
        "Eskalering: indkaldelsen af punkter til " + texts.title(meeting) + " er ikke lukket",
        "Fristen for dagsordenspunkter var " + texts.dateTime(schedule.itemDeadline(meetingId))
            + ", men sekretariatet har endnu ikke lukket indkaldelsen og sendt punkterne til screening.");
  }

  private static boolean passedBeforeCallOpened(Date moment, Date callOpenedAt, String what, String meetingId) {
    if (callOpenedAt == null || moment.after(callOpenedAt)) {
      return false;
    }
    LOG.info("Item deadline {} of {} not sent: its moment {} had passed when the call opened ({})", what, meetingId,
        moment.toInstant(), callOpenedAt.toInstant());
    return true;
  }

  void publishAgenda(String meetingId) {
    Meeting meeting = meetings.get(meetingId);
    meetings.setStatus(meetingId, MeetingStatus.AGENDA_PUBLISHED);
    events.publishEvent(new AgendaPublished(meetingId)); // issue #5: the agenda PDF and the invitation go with the mail
    notifications.toGroup(ForumRole.MEMBER.groupId(meeting.forumId()), NotificationKind.AGENDA, meetingId,
        "Dagsorden: " + texts.title(meeting), "Dagsordenen til " + texts.title(meeting) + " er udsendt.");
  }

  /**
   * Sends a revised agenda (ADR 0058): the next version of the agenda PDF (no new calendar invitation: the time is
   * the same) and a mail to the members, "Revideret dagsorden: <title>", with {@code body} (the note and what
   * changed). The status stays AGENDA_PUBLISHED.
   */
  public void publishRevisedAgenda(String meetingId, String body) {
    Meeting meeting = meetings.get(meetingId);
    events.publishEvent(new AgendaPublished(meetingId, true));
    notifications.toGroup(ForumRole.MEMBER.groupId(meeting.forumId()), NotificationKind.AGENDA, meetingId,
        "Revideret dagsorden: " + texts.title(meeting), body);
  }

  void publishMinutes(String meetingId) {
    Meeting meeting = meetings.get(meetingId);
    meetings.setStatus(meetingId, MeetingStatus.MINUTES_PUBLISHED);
    events.publishEvent(new MinutesPublished(meetingId)); // issue #5: the minutes PDF goes with the mail
    notifications.toGroup(ForumRole.MEMBER.groupId(meeting.forumId()), NotificationKind.MINUTES, meetingId,
        "Referat: " + texts.title(meeting), "Referatet af " + texts.title(meeting) + " er godkendt og offentliggjort.");
  }

  public void startFollowUp(String meetingId) {
    meetings.setStatus(meetingId, MeetingStatus.COMPLETED);
  }
}
