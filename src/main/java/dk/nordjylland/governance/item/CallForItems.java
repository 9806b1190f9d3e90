package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingCycle;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting cycle's step "call for items" (Indkaldelse af punkter): opening the call gathers the forum's pipeline
 * and standing items onto the meeting, and the call's window (open, past the deadline, closed) says which meetings
 * take a proposal now and who may still register one late.
 */
@Service
public class CallForItems {

  private final Items items;
  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final MeetingCycle meetingCycle;
  private final MeetingTexts texts;
  private final ForumAccess forumAccess;

  CallForItems(Items items, Meetings meetings, MeetingSchedule schedule, MeetingCycle meetingCycle,
      MeetingTexts texts, ForumAccess forumAccess) {
    this.items = items;
    this.meetings = meetings;
    this.schedule = schedule;
    this.meetingCycle = meetingCycle;
    this.texts = texts;
    this.forumAccess = forumAccess;
  }

  /**
   * Opens the call: the meeting's status and message, its forum's standing items, and the items
   * of the pipeline without a meeting or left over from meetings that have passed.
   */
  @Transactional
  public void openCall(String meetingId) {
    meetingCycle.openCallForItems(meetingId);
    Meeting meeting = meetings.get(meetingId);
    for (Item item : items.unscheduled(meeting.forumId())) {
      items.moveTo(item.id(), item.forumId(), meetingId, ItemStatus.PROPOSED);
    }
    for (Item item : items.leftOverBefore(meeting)) {
      items.moveTo(item.id(), item.forumId(), meetingId, ItemStatus.PROPOSED);
      items.event(item.id(), ItemEventKind.RETURNED_TO_PIPELINE, item.forumId(), meetingId,
          "Ikke screenet til mødet " + item.meetingId() + "; flyttet til dette møde", "system", EngineClock.now());
    }
    // After the pipeline is gathered: a standing item already in it (returned untreated, with its history) is not
    // added a second time (issue 15).
    Set<String> inPipeline = new HashSet<>();
    items.pipeline(meetingId).stream().filter(Item::standing).forEach(i -> inPipeline.add(i.title().strip()));
    List<String> standing = schedule.settings(meeting.forumId()).standingItems();
    for (String title : standing == null ? List.<String>of() : standing) {
      if (!inPipeline.add(title.strip())) {
        continue;
      }
      long id = items.insert(ItemProposal.standing(meeting.forumId(), meetingId, title), meeting.forumId(),
          meetingId, true, "system", EngineClock.now());
      items.event(id, ItemEventKind.ADDED_AS_STANDING_ITEM, meeting.forumId(), meetingId, null, "system", EngineClock.now());
    }
  }

  /**
   * The forum's coming meetings the user may propose an item to now, for choosing one by name (the proposal screen):
   * meetings whose call for items is open before its deadline, and, for the forum's secretariat and chair, also those
   * past the deadline while the call is still open (the item is registered late).
   */
  public List<OpenMeeting> meetingsTakingItemsFrom(String forumId, String userId) {
    LocalDateTime now = EngineClock.now();
    List<OpenMeeting> open = new ArrayList<>();
    for (Meeting meeting : meetings.ofForum(forumId)) {
      if (!meeting.startsAt().isAfter(now)) {
        continue;
      }
      boolean onTime = callClosedReason(meeting) == null;
      if (onTime || mayRegisterLate(userId, meeting)) {
        open.add(new OpenMeeting(meeting, texts.title(meeting), texts.dateTime(schedule.itemDeadline(meeting.id())),
            !onTime));
      }
    }
    return open;
  }

  /** A meeting that takes a proposal now: its Danish title, its deadline for items, and whether the item is late. */
  public record OpenMeeting(Meeting meeting, String title, String deadline, boolean late) {}

  /** The forum's first coming meeting whose call for items is open and whose deadline has not passed. */
  public Optional<Meeting> nextTakingItems(String forumId) {
    LocalDateTime now = EngineClock.now();
    return meetings.ofForum(forumId).stream().filter(m -> m.startsAt().isAfter(now))
        .filter(m -> callClosedReason(m) == null).findFirst();
  }

  /**
   * After the item deadline the forum's secretariat and chair may still register an item (one that came by mail),
   * marked late, while the call for items is open: the meeting takes items and its cycle has not moved on to
   * screening. Members keep the deadline.
   */
  boolean mayRegisterLate(String userId, Meeting meeting) {
    if (meeting.status() != MeetingStatus.PLANNED && meeting.status() != MeetingStatus.CALL_FOR_ITEMS) {
      return false;
    }
    ForumAccess.Reader reader = forumAccess.reader(userId);
    if (!reader.is(ForumRole.SECRETARIAT.groupId(meeting.forumId())) && !reader.is(ForumRole.CHAIR.groupId(meeting.forumId()))) {
      return false;
    }
    return meetingCycle.collectingItems(meeting);
  }

  /** Null if the meeting still takes items, else why not (in Danish). */
  String callClosedReason(Meeting meeting) {
    if (meeting.status() != MeetingStatus.PLANNED && meeting.status() != MeetingStatus.CALL_FOR_ITEMS) {
      return "Dagsordenen til " + texts.title(meeting) + " er lukket for nye punkter.";
    }
    if (ClockUtil.getCurrentTime().after(schedule.itemDeadline(meeting.id()))) {
      return "Fristen for punkter til " + texts.title(meeting) + " var "
          + texts.dateTime(schedule.itemDeadline(meeting.id())) + ". Foreslå punktet til et senere møde.";
    }
    return null;
  }

  /** The meeting's deadline for items in Danish ("torsdag den 10. marts 2033 kl. 12.00"). */
  String deadline(String meetingId) {
    return texts.dateTime(schedule.itemDeadline(meetingId));
  }
}
