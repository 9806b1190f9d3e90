package dk.nordjylland.governance.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkingDaysBusinessCalendarTest {

  private static final ZoneId COPENHAGEN = EngineClock.zone();

  private final WorkingDaysBusinessCalendar calendar =
      new WorkingDaysBusinessCalendar(new WorkingDays(CalendarProperties.defaults()));

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void oneDayFromFridayNoonIsMondayNoon() {
    EngineClock.set(copenhagen(2025, 3, 7, 12, 0));

    assertThat(calendar.resolveDuedate("P1D")).isEqualTo(copenhagen(2025, 3, 10, 12, 0));
  }

  @Test
  void daysSkipEaster() {
    EngineClock.set(copenhagen(2025, 4, 16, 9, 0));

    assertThat(calendar.resolveDuedate("P3D")).isEqualTo(copenhagen(2025, 4, 24, 9, 0));
  }

  @Test
  void hoursAreWallClockTime() {
    EngineClock.set(copenhagen(2025, 3, 7, 12, 0));
    assertThat(calendar.resolveDuedate("PT2H")).isEqualTo(copenhagen(2025, 3, 7, 14, 0));

    EngineClock.set(copenhagen(2025, 3, 7, 23, 0));
    assertThat(calendar.resolveDuedate("PT2H")).isEqualTo(copenhagen(2025, 3, 8, 1, 0));
  }

  @Test
  void daysAndHoursCombine() {
    EngineClock.set(copenhagen(2025, 3, 7, 12, 0));

    assertThat(calendar.resolveDuedate("P1DT2H30M")).isEqualTo(copenhagen(2025, 3, 10, 14, 30));
  }

  @Test
  void negativeDaysCountBackwards() {
    EngineClock.set(copenhagen(2025, 4, 28, 10, 0));

    assertThat(calendar.resolveDuedate("-P3D")).isEqualTo(copenhagen(2025, 4, 23, 10, 0));
  }

  @Test
  void weeksAreCalendarWeeks() {
    EngineClock.set(copenhagen(2025, 4, 16, 9, 0));

    assertThat(calendar.resolveDuedate("P1W")).isEqualTo(copenhagen(2025, 4, 23, 9, 0));
  }

  @Test
  void keepsTheTimeOfDayAcrossTheSwitchToSummerTime() {
    // Summer time started Sunday 30 March 2025.
    EngineClock.set(copenhagen(2025, 3, 28, 12, 0));

    assertThat(calendar.resolveDuedate("P1D"))
        .isEqualTo(copenhagen(2025, 3, 31, 12, 0))
        .isEqualTo(Date.from(Instant.parse("2025-03-31T10:00:00Z")));
  }

  @Test
  void fixedDatePassesThrough() {
    EngineClock.set(copenhagen(2025, 3, 7, 12, 0));

    assertThat(calendar.resolveDuedate("2025-06-05T10:00:00+02:00"))
        .isEqualTo(Date.from(Instant.parse("2025-06-05T08:00:00Z")));
  }

  @Test
  void countsFromAGivenStartDate() {
    // 29 May 2025 is Kristi himmelfartsdag.
    Date start = copenhagen(2025, 5, 28, 15, 0);

    assertThat(calendar.resolveDuedate("P2D", start)).isEqualTo(copenhagen(2025, 6, 2, 15, 0));
  }

  @Test
  void taskDueDatesCountFromNow() {
    EngineClock.set(copenhagen(2025, 3, 7, 12, 0));

    assertThat(calendar.resolveDuedate("P1D", (Task) null))
        .isEqualTo(copenhagen(2025, 3, 10, 12, 0));
  }

  @Test
  void rejectsTextThatIsNeitherDurationNorDate() {
    assertThatThrownBy(() -> calendar.resolveDuedate("PT"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("PT");
    assertThatThrownBy(() -> calendar.resolveDuedate("next week"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("next week");
  }

  private static Date copenhagen(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, COPENHAGEN).toInstant());
  }
}
