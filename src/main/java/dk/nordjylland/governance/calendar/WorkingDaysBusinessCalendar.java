package dk.nordjylland.governance.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.ProcessEngineLogger;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda business calendar in which the day part of an ISO-8601 duration counts Danish working
 * days: {@code P5D} from Friday 12:00 is the Friday after at 12:00, skipping the weekend and any
 * holidays. Hours and minutes ({@code PT2H}) and years, months and weeks stay plain calendar
 * arithmetic (see {@link WorkingDayPeriod}). Anything that is not a duration is read as an
 * ISO-8601 date-time and passed through unchanged, exactly like Camunda's own due-date calendar.
 */
final class WorkingDaysBusinessCalendar implements BusinessCalendar {

  private final WorkingDays workingDays;

  WorkingDaysBusinessCalendar(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public Date resolveDuedate(String duedate) {
    return resolveDuedate(duedate, (Date) null);
  }

  /** Camunda's own due-date calendar ignores the task too: task deadlines count from now. */
  @Override
  public Date resolveDuedate(String duedate, Task task) {
    return resolveDuedate(duedate);
  }

  /**
   * @param startDate what a duration counts from; null means now (Camunda's clock, so that tests
   *     and the engine's own clock settings apply)
   */
  @Override
  public Date resolveDuedate(String duedate, Date startDate) {
    try {
      Date start = startDate != null ? startDate : EngineClock.currentTime();
      // getTime() rather than toInstant(): a start date read from the database may be a
      // java.sql type, and java.sql.Date.toInstant() throws.
      ZonedDateTime from = Instant.ofEpochMilli(start.getTime()).atZone(workingDays.zone());
      return WorkingDayPeriod.parse(duedate)
          .map(period -> period.addTo(from, workingDays))
          .map(dateTime -> Date.from(dateTime.toInstant()))
          .orElseGet(() -> DateTimeUtil.parseDate(duedate));
    } catch (RuntimeException e) {
      throw ProcessEngineLogger.UTIL_LOGGER.exceptionWhileResolvingDuedate(duedate, e);
    }
  }
}
