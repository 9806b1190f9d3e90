package dk.nordjylland.governance.demo;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.Meetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where the demo's meetings go in the forums' calendar: a free day, the meeting opened there with its cycle. */
@Component
@Profile("demo")
class DemoCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCalendar.class);

  private final JdbcClient jdbc;
  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final MeetingCycleStarter starter;
  private final WorkingDays workingDays;

  DemoCalendar(JdbcClient jdbc, Meetings meetings, MeetingSchedule schedule, MeetingCycleStarter starter,
      WorkingDays workingDays) {
    this.jdbc = jdbc;
    this.meetings = meetings;
    this.schedule = schedule;
    this.starter = starter;
    this.workingDays = workingDays;
  }

  /**
   * Calendar meetings not yet started whose item deadline had passed before the first start: their cycle would
   * open a call that is already overdue. The demo's meetings take their place.
   */
  void setAsideClosedCalendarMeetings(LocalDateTime now) {
    Date nowDate = EngineClock.toDate(now);
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

  /** The day, or the nearest working day in {@code direction} on which the forum's calendar has no meeting. */
  LocalDate freeDay(String forumId, LocalDate day, int direction) {
    LocalDate d = day;
    while (jdbc.sql("select count(*) from gov_meeting where forum_id = ? and planned_date = ?").params(forumId, d)
        .query(Integer.class).single() > 0) {
      d = direction > 0 ? workingDays.plusWorkingDays(d, 1) : workingDays.minusWorkingDays(d, 1);
    }
    return d;
  }

  /** Puts the meeting in the calendar and starts its cycle (at the engine clock's moment). */
  void open(String id, String forumId, LocalDate day, LocalDateTime startsAt, LocalDateTime endsAt, String place) {
    jdbc.sql("insert into gov_meeting (id, forum_id, planned_date, starts_at, ends_at, place, status)"
            + " values (?, ?, ?, ?, ?, ?, 'PLANNED')")
        .params(id, forumId, day, startsAt, endsAt, place).update();
    starter.start(id);
  }
}
