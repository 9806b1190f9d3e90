package dk.nordjylland.governance.demo;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.EMPTY_AGENDA_CONFIRMED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_INTRODUCTION;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.meeting.CycleSettings;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.Meetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's FFU meetings, placed relative to the day of the first start so that every role has work at once
 * (issue 14, docs/adr/0030-demo-on-the-day.md): a call for items with its deadline ahead (the secretariat), an
 * agenda waiting for the chair, a meeting held yesterday waiting to be recorded, minutes in the comment round
 * (the members), and an overdue follow-up action (jens.bach).
 *
 * <p>Meetings in the past are replayed: the engine clock is set back to each step's day and the cycle is driven
 * through the same task completions and timers the people and the job executor use, so items, documents,
 * notifications and the follow-up carry the days they would have. Timers that came due during that past are
 * executed then, and the mails of that past are delivered then, so nothing stale fires at the real start. Calendar meetings whose call for items had closed
 * before the first start are set aside (cancelled): the demo meetings stand in for them.
 */
@Component
@Profile("demo")
class DemoMeetings {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMeetings.class);

  static final String FORUM = "ffu";
  /** The call for items is open: the README's worked example proposes to it. */
  static final String CALL = "ffu-demo-call";
  /** Screened, the agenda waits for the chair's approval. */
  static final String AGENDA = "ffu-demo-agenda";
  /** Held on the working day before the first start: the secretariat records attendance and decisions. */
  static final String HELD = "ffu-demo-held";
  /** Minutes drafted the working day before the first start: the members comment. */
  static final String COMMENTS = "ffu-demo-comments";
  /** Minutes approved weeks ago: a follow-up action whose due date has passed. */
  static final String FOLLOW_UP = "ffu-demo-followup";
  static final String ACTION_OWNER = "jens.bach";

  private static final LocalTime STARTS = LocalTime.of(9, 0);
  private static final String PLACE = "Mødelokale D, Regionhuset";

  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final DemoCalendar calendar;
  private final DemoAgenda demoAgenda;
  private final DemoEngine engine;
  private final WorkingDays workingDays;

  DemoMeetings(Meetings meetings, MeetingSchedule schedule, DemoCalendar calendar, DemoAgenda demoAgenda,
      DemoEngine engine, WorkingDays workingDays) {
    this.meetings = meetings;
    this.schedule = schedule;
    this.calendar = calendar;
    this.demoAgenda = demoAgenda;
    this.engine = engine;
    this.workingDays = workingDays;
  }

  /** Creates the demo meetings once per database (the first start); later starts find them and leave them. */
  void createOnce() {
    if (meetings.find(CALL).isPresent()) {
      return;
    }
    LocalDateTime now = EngineClock.now();
    LocalDate today = now.toLocalDate();
    calendar.setAsideClosedCalendarMeetings(now);
    CycleSettings ffu = schedule.settings(FORUM);
    try {
      replay(FOLLOW_UP, freeDay(workingDays.minusWorkingDays(today, 15), -1), Stage.FOLLOW_UP, now);
      replay(COMMENTS, freeDay(workingDays.minusWorkingDays(today, 3), -1), Stage.COMMENTS, now);
      replay(HELD, freeDay(workingDays.minusWorkingDays(today, 1), -1), Stage.HELD, now);
      replay(AGENDA, freeDay(workingDays.plusWorkingDays(today, ffu.agendaPublicationWorkingDaysBefore() + 2), 1),
          Stage.AGENDA, now);
    } finally {
      EngineClock.reset();
    }
    // The open call: its deadline a week ahead, its reminder still to come.
    open(CALL, freeDay(workingDays.plusWorkingDays(today, ffu.itemDeadlineWorkingDaysBefore() + 5), 1));
    LOG.info("Demo: FFU meetings {}, {}, {}, {} and {} placed around {}", CALL, AGENDA, HELD, COMMENTS, FOLLOW_UP,
        today);
  }

  enum Stage { AGENDA, HELD, COMMENTS, FOLLOW_UP }

  /** Drives one meeting's cycle from its start to the stage, each step on its own (past) day. */
  private void replay(String meetingId, LocalDate day, Stage stage, LocalDateTime realNow) {
    try {
      replaySteps(meetingId, day, stage, realNow);
    } finally {
      engine.deliverMails();
    }
  }

  private void replaySteps(String meetingId, LocalDate day, Stage stage, LocalDateTime realNow) {
    LocalDateTime cycleStart = schedule.cycleStart(FORUM, day).atTime(8, 0);
    at(cycleStart);
    open(meetingId, day);
    List<Long> items = demoAgenda.propose(meetingId, stage);
    at(cycleStart.plusHours(2));
    engine.complete(meetingId, COLLECT_ITEMS, Map.of(CALL_CLOSED.getName(), true));
    engine.complete(meetingId, SCREEN_ITEMS, Map.of());
    if (stage == Stage.AGENDA) {
      return;
    }
    // The replay plays the chair who has seen the agenda: an empty one (a forum without items) is meant.
    engine.complete(meetingId, APPROVE_AGENDA,
        Map.of(AGENDA_APPROVED.getName(), true, EMPTY_AGENDA_CONFIRMED.getName(), true));
    engine.catchUpCycle(meetingId, day.atTime(STARTS).plusMinutes(1));
    if (stage == Stage.HELD) {
      return;
    }
    at(day.atTime(STARTS).plusHours(3));
    engine.complete(meetingId, RECORD_MEETING, demoAgenda.record(meetingId, items, stage, realNow.toLocalDate()));
    if (stage == Stage.COMMENTS) {
      // Drafted the working day before the first start: the comment round runs on for days.
      at(workingDays.minusWorkingDays(realNow.toLocalDate(), 1).atTime(10, 0));
      engine.complete(meetingId, DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), true, MINUTES_INTRODUCTION.getName(),
          "Referatet sendes til kommentering blandt udvalgets medlemmer."));
      return;
    }
    at(workingDays.plusWorkingDays(day, 1).atTime(10, 0));
    engine.complete(meetingId, DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), false));
    at(workingDays.plusWorkingDays(day, 2).atTime(10, 0));
    engine.complete(meetingId, APPROVE_MINUTES, Map.of(MINUTES_APPROVED.getName(), true));
    // The owner's reminder and the secretariat's escalation went out on their days; the chair's is still ahead.
    engine.catchUpFollowUps(meetingId, realNow);
  }

  /** The day, or the nearest working day in {@code direction} on which FFU's calendar has no meeting. */
  private LocalDate freeDay(LocalDate day, int direction) {
    return calendar.freeDay(FORUM, day, direction);
  }

  private void open(String id, LocalDate day) {
    calendar.open(id, FORUM, day, day.atTime(STARTS), day.atTime(STARTS).plusHours(2), PLACE);
  }

  private static void at(LocalDateTime time) {
    EngineClock.set(time);
  }
}
