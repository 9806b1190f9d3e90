package dk.nordjylland.governance.calendar;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * An ISO-8601 duration such as {@code P5D}, {@code -P3D} or {@code P1W2DT4H} whose day part
 * counts working days. Years, months and weeks stay calendar units (a "week" is a calendar week
 * whatever its holidays), and the time part stays elapsed time, because only the day part is
 * meant as "days the office is open".
 */
record WorkingDayPeriod(Period calendarPart, int workingDays, Duration timePart) {

  private static final Pattern ISO_DURATION =
      Pattern.compile(
          "([-+]?)P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
              + "(?:T((?:\\d+H)?(?:\\d+M)?(?:\\d+(?:[.,]\\d+)?S)?))?",
          Pattern.CASE_INSENSITIVE);

  /** Empty if the text is not an ISO-8601 duration, e.g. because it is a date. */
  static Optional<WorkingDayPeriod> parse(String text) {
    Matcher m = ISO_DURATION.matcher(text.trim());
    if (!m.matches() || isIncomplete(m)) {
      return Optional.empty();
    }
    int sign = "-".equals(m.group(1)) ? -1 : 1;
    Period calendarPart =
        Period.of(number(m, 2), number(m, 3), 7 * number(m, 4)).multipliedBy(sign);
    Duration timePart = m.group(6) == null ? Duration.ZERO : Duration.parse("PT" + m.group(6));
    return Optional.of(
        new WorkingDayPeriod(calendarPart, sign * number(m, 5), timePart.multipliedBy(sign)));
  }

  ZonedDateTime addTo(ZonedDateTime start, WorkingDays calendar) {
    ZonedDateTime result = start.plus(calendarPart);
    if (workingDays != 0) {
      // Same wall-clock time on the target day, also across a daylight-saving change.
      result = result.with(calendar.plusWorkingDays(result.toLocalDate(), workingDays));
    }
    return result.plus(timePart);
  }

  /** The pattern also matches "P", "PT" and "P1DT", which ISO-8601 does not allow. */
  private static boolean isIncomplete(Matcher m) {
    boolean emptyTimePart = m.group(6) != null && m.group(6).isEmpty();
    boolean noParts = IntStream.rangeClosed(2, 6).allMatch(group -> m.group(group) == null);
    return emptyTimePart || noParts;
  }

  private static int number(Matcher m, int group) {
    return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
  }
}
