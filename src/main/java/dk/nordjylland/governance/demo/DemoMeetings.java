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
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.mail.NotificationDeliveryProcess;
import dk.nordjylland.governance.meeting.CycleSettings;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.Meetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  private final JdbcClient jdbc;
  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final MeetingCycleStarter starter;
  private final DemoAgenda demoAgenda;
  private final FollowUps followUps;
  private final WorkingDays workingDays;
  private final ProcessEngine engine;

  DemoMeetings(JdbcClient jdbc, Meetings meetings, MeetingSchedule schedule, MeetingCycleStarter starter,
      DemoAgenda demoAgenda, FollowUps followUps, WorkingDays workingDays, ProcessEngine engine) {
    this.jdbc = jdbc;
    this.meetings = meetings;
    this.schedule = schedule;
    this.starter = starter;
    this.demoAgenda = demoAgenda;
    this.followUps = followUps;
    this.workingDays = workingDays;
    this.engine = engine;
  }

  /** Creates the demo meetings once per database (the first start); later starts find them and leave them. */
  void createOnce() {
    if (meetings.find(CALL).isPresent()) {
      return;
    }
    LocalDateTime now = EngineClock.now();
    LocalDate today = now.toLocalDate();
    setAsideClosedCalendarMeetings(now);
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
    insert(CALL, freeDay(workingDays.plusWorkingDays(today, ffu.itemDeadlineWorkingDaysBefore() + 5), 1));
    starter.start(CALL);
    LOG.info("Demo: FFU meetings {}, {}, {}, {} and {} placed around {}", CALL, AGENDA, HELD, COMMENTS, FOLLOW_UP,
        today);
  }

  enum Stage { AGENDA, HELD, COMMENTS, FOLLOW_UP }

  /** Drives one meeting's cycle from its start to the stage, each step on its own (past) day. */
  private void replay(String meetingId, LocalDate day, Stage stage, LocalDateTime realNow) {
    try {
      replaySteps(meetingId, day, stage, realNow);
    } finally {
      deliverMails();
    }
  }

  private void replaySteps(String meetingId, LocalDate day, Stage stage, LocalDateTime realNow) {
    LocalDateTime cycleStart = schedule.cycleStart(FORUM, day).atTime(8, 0);
    at(cycleStart);
    insert(meetingId, day);
    starter.start(meetingId);
    List<Long> items = demoAgenda.propose(meetingId, stage);
    at(cycleStart.plusHours(2));
    complete(meetingId, COLLECT_ITEMS, Map.of(CALL_CLOSED.getName(), true));
    complete(meetingId, SCREEN_ITEMS, Map.of());
    if (stage == Stage.AGENDA) {
      return;
    }
    // The replay plays the chair who has seen the agenda: an empty one (a forum without items) is meant.
    complete(meetingId, APPROVE_AGENDA,
        Map.of(AGENDA_APPROVED.getName(), true, EMPTY_AGENDA_CONFIRMED.getName(), true));
    String cycle = meetings.get(meetingId).processInstanceId();
    catchUp(cycle, day.atTime(STARTS).plusMinutes(1));
    if (stage == Stage.HELD) {
      return;
    }
    at(day.atTime(STARTS).plusHours(3));
    complete(meetingId, RECORD_MEETING, demoAgenda.record(meetingId, items, stage, realNow.toLocalDate()));
    if (stage == Stage.COMMENTS) {
      // Drafted the working day before the first start: the comment round runs on for days.
      at(workingDays.minusWorkingDays(realNow.toLocalDate(), 1).atTime(10, 0));
      complete(meetingId, DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), true, MINUTES_INTRODUCTION.getName(),
          "Referatet sendes til kommentering blandt udvalgets medlemmer."));
      return;
    }
    at(workingDays.plusWorkingDays(day, 1).atTime(10, 0));
    complete(meetingId, DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), false));
    at(workingDays.plusWorkingDays(day, 2).atTime(10, 0));
    complete(meetingId, APPROVE_MINUTES, Map.of(MINUTES_APPROVED.getName(), true));
    for (Action action : followUps.ofMeeting(meetingId)) {
      // The owner's reminder and the secretariat's escalation went out on their days; the chair's is still ahead.
      catchUp(action.processInstanceId(), realNow);
    }
  }

  /**
   * Executes the instance's timers that are due before {@code until}, each at its own moment (the clock set to
   * it), as the job executor would have; the clock ends at {@code until}.
   */
  private void catchUp(String processInstanceId, LocalDateTime until) {
    Date end = toDate(until);
    for (int round = 0; round < 20; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
          .duedateLowerThan(end).orderByJobDuedate().asc().list();
      if (due.isEmpty()) {
        break;
      }
      Job next = due.get(0);
      EngineClock.set(new Date(next.getDuedate().getTime() + 60_000));
      try {
        engine.getManagementService().executeJob(next.getId());
      } catch (ProcessEngineException e) {
        // The job executor took it first (it sees the same clock): fine, the step happened.
        LOG.debug("Demo: timer {} executed elsewhere: {}", next.getId(), e.getMessage());
      }
    }
    EngineClock.set(end);
  }

  /**
   * The mails of the replayed notifications go out now, while the clock is in their past, as the job executor
   * would have sent them then: not in a burst of old agendas, minutes and reminders once the demo is up.
   */
  private void deliverMails() {
    for (Job job : engine.getManagementService().createJobQuery()
        .processDefinitionKey(NotificationDeliveryProcess.KEY).executable().list()) {
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (RuntimeException e) {
        // Taken by the job executor, or the mail server said no: the job stays with its retries.
        LOG.debug("Demo: mail job {} not run here: {}", job.getId(), e.getMessage());
      }
    }
  }

  private void complete(String meetingId, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("Demo meeting " + meetingId + " does not wait at " + taskDefinitionKey);
    }
    engine.getTaskService().complete(task.getId(), variables);
  }

  /**
   * Calendar meetings not yet started whose item deadline had passed before the first start: their cycle would
   * open a call that is already overdue. The demo's meetings take their place.
   */
  private void setAsideClosedCalendarMeetings(LocalDateTime now) {
    Date nowDate = toDate(now);
    List<String> ids = jdbc.sql("select id from gov_meeting where status = 'PLANNED' and process_instance_id is null"
        + " and starts_at > ?").param(now).query(String.class).list();
    List<String> setAside = new ArrayList<>();
    for (String id : ids) {
      if (!schedule.itemDeadline(id).after(nowDate)) {
        meetings.markCancelled(id);
        setAside.add(id);
      }
    }
    if (!setAside.isEmpty()) {
      LOG.info("Demo: calendar meetings {} set aside (their call for items closed before the first start)", setAside);
    }
  }

  /** The day, or the nearest working day in {@code direction} on which FFU's calendar has no meeting. */
  private LocalDate freeDay(LocalDate day, int direction) {
    LocalDate d = day;
    while (jdbc.sql("select count(*) from gov_meeting where forum_id = ? and planned_date = ?").params(FORUM, d)
        .query(Integer.class).single() > 0) {
      d = direction > 0 ? workingDays.plusWorkingDays(d, 1) : workingDays.minusWorkingDays(d, 1);
    }
    return d;
  }

  private void insert(String id, LocalDate day) {
    jdbc.sql("insert into gov_meeting (id, forum_id, planned_date, starts_at, ends_at, place, status)"
            + " values (?, ?, ?, ?, ?, ?, 'PLANNED')")
        .params(id, FORUM, day, day.atTime(STARTS), day.atTime(STARTS).plusHours(2), PLACE).update();
  }

  private static void at(LocalDateTime time) {
    EngineClock.set(time);
  }

  private static Date toDate(LocalDateTime time) {
    return EngineClock.toDate(time);
  }
}
