package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a meeting (seed 001: "mødet rykkes til 9. juni 14.30-16.00"). Its cycle's waiting timers and
 * open tasks get the dates that follow from the new time (and the new date in their names), and the members are told.
 */
@Service
public class MeetingMover {

  private final Meetings meetings;
  private final MeetingTexts texts;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final MeetingSlots slots;
  private final MeetingCycleRescheduler rescheduler;

  MeetingMover(Meetings meetings, MeetingTexts texts, Notifications notifications, ApplicationEventPublisher events,
      MeetingSlots slots, MeetingCycleRescheduler rescheduler) {
    this.meetings = meetings;
    this.texts = texts;
    this.notifications = notifications;
    this.events = events;
    this.slots = slots;
    this.rescheduler = rescheduler;
  }

  @Transactional
  public Meeting move(String meetingId, LocalDateTime startsAt, LocalDateTime endsAt) {
    return move(meetingId, startsAt, endsAt, null);
  }

  /**
   * To another time, another place, or both (issue 15): without a new time the meeting keeps its own; without a place
   * it keeps its place. Its id stays (docs/adr/0040-meetings-through-the-api.md).
   */
  @Transactional
  public Meeting move(String meetingId, LocalDateTime startsAt, LocalDateTime endsAt, String place) {
    Meeting meeting = meetings.get(meetingId);
    LocalDateTime now = EngineClock.now();
    Problems problems = new Problems();
    String newPlace = place == null || place.isBlank() ? null : place.strip();
    if (newPlace != null && startsAt == null && endsAt == null) {
      problems.maxLength(newPlace, TextLimits.TITLE, "Sted");
      problems.require(!newPlace.equals(meeting.place()), "Mødet holdes allerede i " + newPlace + ".");
      problems.require(meeting.startsAt().isAfter(now) && (meeting.status() == MeetingStatus.PLANNED
          || meeting.status() == MeetingStatus.CALL_FOR_ITEMS || meeting.status() == MeetingStatus.AGENDA_PUBLISHED),
          "Mødet er allerede holdt og kan ikke flyttes.");
      problems.throwIfAny("Mødet kan ikke flyttes");
      String before = meeting.place();
      meetings.relocate(meetingId, newPlace);
      Meeting moved = meetings.get(meetingId);
      events.publishEvent(new MeetingMoved(meetingId));
      notifications.toGroup(ForumRole.MEMBER.groupId(meeting.forumId()), NotificationKind.MEETING_MOVED, meetingId,
          "Mødet er flyttet: " + texts.title(moved),
          "Mødet " + texts.title(moved) + " er flyttet fra " + before + " til " + newPlace + ".");
      return moved;
    }
    problems.maxLength(newPlace, TextLimits.TITLE, "Sted");
    problems.require(startsAt != null && endsAt != null, "Angiv mødets nye start- og sluttidspunkt.");
    problems.require(startsAt == null || endsAt == null || endsAt.isAfter(startsAt), "Mødet skal slutte efter det begynder.");
    problems.require(startsAt == null || startsAt.isAfter(now), "Et møde kan ikke flyttes til et tidspunkt, der er gået."
        + " Er mødet holdt, så registrér det som et tidligere møde i stedet.");
    if (startsAt != null && endsAt != null && startsAt.isAfter(now) && endsAt.isAfter(startsAt)) {
      checkNewSlot(meeting, startsAt, endsAt, now, problems);
    }
    problems.require(meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.CALL_FOR_ITEMS
        || meeting.status() == MeetingStatus.AGENDA_PUBLISHED, "Mødet er allerede holdt og kan ikke flyttes.");
    problems.throwIfAny("Mødet kan ikke flyttes");
    String before = texts.title(meeting);
    meetings.reschedule(meetingId, startsAt, endsAt);
    if (newPlace != null) {
      meetings.relocate(meetingId, newPlace);
    }
    if (meeting.processInstanceId() != null) {
      rescheduler.reschedule(meeting.processInstanceId(), meetingId);
    }
    Meeting moved = meetings.get(meetingId);
    events.publishEvent(new MeetingMoved(meetingId)); // issue #5: same UID, higher SEQUENCE, attached to the mail
    notifications.toGroup(ForumRole.MEMBER.groupId(meeting.forumId()), NotificationKind.MEETING_MOVED, meetingId,
        "Mødet er flyttet: " + texts.title(moved),
        "Mødet " + before + " er flyttet til " + texts.title(moved) + ", " + moved.place() + ".");
    return moved;
  }

  /**
   * The new time must be a plausible meeting: within the horizon (year 9999 is a typo, and the cycle's timers would
   * follow it), on a Danish working day, and not on top of another meeting of the same forum.
   */
  private void checkNewSlot(Meeting meeting, LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime now,
      Problems problems) {
    LocalDateTime horizon = slots.horizon(now);
    if (endsAt.isAfter(horizon)) {
      problems.add("Et møde kan højst flyttes " + slots.horizonYears() + " år frem (til " + horizon.format(DanishDates.LONG_DATE) + ").");
      return;
    }
    slots.closedReason(startsAt.toLocalDate()).ifPresent(reason -> problems.add(
        "Mødet kan ikke flyttes til " + startsAt.format(DanishDates.LONG_DATE) + ": dagen er " + reason + " og ikke en arbejdsdag."));
    slots.checkNoOverlap(meeting.forumId(), startsAt, endsAt, meeting.id(), problems);
  }
}
