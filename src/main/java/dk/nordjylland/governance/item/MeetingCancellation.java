package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingCancelled;
import dk.nordjylland.governance.meeting.MeetingCycleInstances;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels a meeting that has not been held (issue 15): its cycle ends (the process instance is deleted with the
 * reason, its tasks and timers with it), its items go back to the forum's pipeline for the next meeting that takes
 * items, and the members are told why and where the items went. All in one transaction.
 */
@Service
public class MeetingCancellation {


  private final Meetings meetings;
  private final Items items;
  private final MeetingTexts texts;
  private final Notifications notifications;
  private final MeetingCycleInstances cycleInstances;
  private final ApplicationEventPublisher events;

  MeetingCancellation(Meetings meetings, Items items, MeetingTexts texts, Notifications notifications,
      MeetingCycleInstances cycleInstances, ApplicationEventPublisher events) {
    this.events = events;
    this.meetings = meetings;
    this.items = items;
    this.texts = texts;
    this.notifications = notifications;
    this.cycleInstances = cycleInstances;
  }

  /** The caller has checked who may; returns the cancelled meeting. */
  @Transactional
  public Meeting cancel(String meetingId, String reason, String actor) {
    Meeting meeting = meetings.get(meetingId);
    if (meeting.status() == MeetingStatus.CANCELLED) {
      throw new ConflictException("Mødet " + texts.title(meeting) + " er allerede aflyst.");
    }
    boolean notHeld = meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.CALL_FOR_ITEMS
        || meeting.status() == MeetingStatus.AGENDA_PUBLISHED;
    if (!notHeld || !meeting.startsAt().isAfter(EngineClock.now())) {
      throw new ConflictException("Mødet " + texts.title(meeting) + " er holdt (eller i gang) og kan ikke aflyses.");
    }
    Problems problems = new Problems();
    problems.requireText(reason, "Angiv hvorfor mødet aflyses ('reason'); begrundelsen sendes til medlemmerne.");
    problems.maxLength(reason, TextLimits.REASON, "Begrundelse");
    problems.throwIfAny("Mødet kan ikke aflyses");

    String why = reason.strip();
    meetings.markCancelled(meetingId);
    if (meeting.processInstanceId() != null) {
      // The use case checked the caller's right; the engine's DELETE permission on the instance is not theirs.
      cycleInstances.end(meeting.processInstanceId(), "Mødet er aflyst: " + why);
    }
    // After the status: the next meeting is one that is not cancelled and still takes items.
    Optional<Meeting> next = meetings.nextOpen(meeting.forumId(), meeting.startsAt());
    String target = next.map(Meeting::id).orElse(null);
    items.clearAgenda(meetingId);
    int moved = 0;
    for (Item item : items.pipelineAndAgenda(meetingId)) {
      if (item.standing() && "system".equals(item.proposedBy()) && items.history(item.id()).size() == 1) {
        // The cancelled meeting's own empty copy of a standing item: the next meeting adds its own.
        items.dropFreshStandingItem(meetingId, item.title(), -1);
        continue;
      }
      items.moveTo(item.id(), item.forumId(), target, ItemStatus.PROPOSED);
      items.event(item.id(), ItemEventKind.RETURNED_TO_PIPELINE, item.forumId(), target,
          "Mødet " + meetingId + " er aflyst: " + why, actor, EngineClock.now());
      if (item.standing() && target != null) {
        items.dropFreshStandingItem(target, item.title(), item.id());
      }
      moved++;
    }
    int count = moved;
    String where = count == 0 ? "" : next.map(m -> "\n\nMødets " + count + " punkt(er) er flyttet til " + texts.title(m)
        + ".").orElse("\n\nMødets " + count + " punkt(er) venter i forummets pipeline til næste møde.");
    // The calendars that have the meeting remove it: METHOD:CANCEL, attached to the mail below.
    events.publishEvent(new MeetingCancelled(meetingId));
    notifications.toGroup(ForumRole.MEMBER.groupId(meeting.forumId()), NotificationKind.MEETING_CANCELLED, meetingId,
        "Mødet er aflyst: " + texts.title(meeting),
        "Mødet " + texts.title(meeting) + ", " + meeting.place() + " er aflyst.\n\nBegrundelse: " + why + where);
    return meetings.get(meetingId);
  }
}
