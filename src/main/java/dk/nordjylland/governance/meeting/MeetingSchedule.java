package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Membership;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The dates of a meeting's cycle, in Danish working days from the meeting's (current) date. The
 * BPMN model reads them in timers and due dates ({@code ${meetingSchedule.itemDeadline(meetingId)}}),
 * so a moved meeting moves its deadlines.
 */
@Component("meetingSchedule")
public class MeetingSchedule {

  private final Meetings meetings;
  private final MasterData masterData;
  private final WorkingDays workingDays;
  private final CycleProperties cycle;

  MeetingSchedule(Meetings meetings, MasterData masterData, WorkingDays workingDays, CycleProperties cycle) {
    this.meetings = meetings;
    this.masterData = masterData;
    this.workingDays = workingDays;
    this.cycle = cycle;
  }

  public CycleSettings settings(String forumId) {
    return cycle.forForum(forumId);
  }

  /** The day the cycle of a meeting on {@code meetingDate} starts. */
  public LocalDate cycleStart(String forumId, LocalDate meetingDate) {
    return workingDays.minusWorkingDays(meetingDate, settings(forumId).startWorkingDaysBefore());
  }

  public Date itemDeadline(String meetingId) {
    return beforeMeeting(meetingId, CycleSettings::itemDeadlineWorkingDaysBefore);
  }

  public Date itemReminder(String meetingId) {
    Meeting m = meetings.get(meetingId);
    CycleSettings s = settings(m.forumId());
    return workingDays.before(workingDays.minusWorkingDays(m.startsAt().toLocalDate(),
        s.itemDeadlineWorkingDaysBefore()), s.reminderWorkingDaysBeforeDeadline());
  }

  public Date itemEscalation(String meetingId) {
    Meeting m = meetings.get(meetingId);
    CycleSettings s = settings(m.forumId());
    return workingDays.after(workingDays.minusWorkingDays(m.startsAt().toLocalDate(),
        s.itemDeadlineWorkingDaysBefore()), s.escalationWorkingDaysAfterDeadline());
  }

  public Date screeningDue(String meetingId) {
    return beforeMeeting(meetingId, CycleSettings::screeningWorkingDaysBefore);
  }

  public Date preMeetingDue(String meetingId) {
    return beforeMeeting(meetingId, CycleSettings::preMeetingWorkingDaysBefore);
  }

  public Date agendaPublication(String meetingId) {
    return beforeMeeting(meetingId, CycleSettings::agendaPublicationWorkingDaysBefore);
  }

  public Date meetingStart(String meetingId) {
    return toDate(meetings.get(meetingId).startsAt());
  }

  public Date meetingEnd(String meetingId) {
    return toDate(meetings.get(meetingId).endsAt());
  }

  public Date minutesDraftDue(String meetingId) {
    return afterMeeting(meetingId, CycleSettings::minutesDraftWorkingDaysAfter);
  }

  /** The comment round runs from now (the draft is sent) for the configured working days. */
  public Date commentDeadline(String meetingId) {
    Meeting m = meetings.get(meetingId);
    return workingDays.after(EngineClock.currentTime(),
        settings(m.forumId()).commentRoundWorkingDays());
  }

  public Date minutesApprovalDue(String meetingId) {
    return afterMeeting(meetingId, CycleSettings::minutesApprovalWorkingDaysAfter);
  }

  /**
   * The date an element of the meeting cycle waits for (a timer) or is due (a task), recomputed from
   * the meeting's current date; empty for elements whose date does not follow the meeting.
   */
  public Optional<Date> dateOf(String elementId, String meetingId) {
    return Optional.ofNullable(switch (elementId) {
      case MeetingCycleProcess.Elements.COLLECT_ITEMS -> itemDeadline(meetingId);
      case MeetingCycleProcess.Elements.ITEM_DEADLINE_REMINDER -> itemReminder(meetingId);
      case MeetingCycleProcess.Elements.ITEM_DEADLINE_ESCALATION -> itemEscalation(meetingId);
      case MeetingCycleProcess.Elements.SCREEN_ITEMS -> screeningDue(meetingId);
      case MeetingCycleProcess.Elements.APPROVE_AGENDA, MeetingCycleProcess.Elements.AGENDA_PUBLICATION ->
          agendaPublication(meetingId);
      case MeetingCycleProcess.Elements.MEETING_START -> meetingStart(meetingId);
      case MeetingCycleProcess.Elements.RECORD_MEETING -> meetingEnd(meetingId);
      case MeetingCycleProcess.Elements.DRAFT_MINUTES -> minutesDraftDue(meetingId);
      case MeetingCycleProcess.Elements.APPROVE_MINUTES -> minutesApprovalDue(meetingId);
      default -> null;
    });
  }

  /** The members who get the minutes draft for comments (the chair included). */
  public List<String> commentators(String meetingId) {
    return masterData.memberships(meetings.get(meetingId).forumId()).stream()
        .filter(m -> m.role() != ForumRole.SECRETARIAT)
        .map(Membership::personId)
        .distinct()
        .toList();
  }

  private Date beforeMeeting(String meetingId, Function<CycleSettings, Integer> offset) {
    Meeting m = meetings.get(meetingId);
    return workingDays.before(m.startsAt().toLocalDate(), offset.apply(settings(m.forumId())));
  }

  private Date afterMeeting(String meetingId, Function<CycleSettings, Integer> offset) {
    Meeting m = meetings.get(meetingId);
    return workingDays.after(m.startsAt().toLocalDate(), offset.apply(settings(m.forumId())));
  }

  private Date toDate(LocalDateTime time) {
    return EngineClock.toDate(time);
  }
}
