package dk.nordjylland.governance.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Danish working days: every day except Saturdays, Sundays, Danish public holidays and the
 * configured extra closed days ({@link CalendarProperties#extraClosedDays()}).
 *
 * <p>The public holidays come from jollyday's Danish calendar. It already ends Store Bededag
 * with 2023 (abolished by law from 2024), so no correction is needed here;
 * {@code WorkingDaysTest} pins that down in case a jollyday upgrade changes it.
 *
 * <p>Process models use this bean as {@code workingDays}, e.g. a user task
 * {@code camunda:dueDate="${workingDays.before(meetingDate, 10)}"}.
 */
@Component
public final class WorkingDays {

  private final HolidayManager holidays =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));
  /** Holiday look-ups happen day by day in loops, so each year is computed once. */
  private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

  private final Set<MonthDay> extraClosedDays;
  private final CalendarProperties properties;

  public WorkingDays(CalendarProperties properties) {
    this.properties = properties;
    this.extraClosedDays = Set.copyOf(properties.extraClosedDays());
  }

  public boolean isWorkingDay(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY
        && date.getDayOfWeek() != DayOfWeek.SUNDAY
        && !extraClosedDays.contains(MonthDay.from(date))
        && !publicHolidays(date.getYear()).contains(date);
  }

  /**
   * Why a day is no working day, in Danish for a user ("2. pinsedag", "en lørdag", "juleaftensdag"), or empty for a
   * working day.
   */
  public Optional<String> closedReason(LocalDate date) {
    if (isWorkingDay(date)) {
      return Optional.empty();
    }
    Optional<String> holiday = holidays.getHolidays(Year.of(date.getYear()), HolidayType.PUBLIC_HOLIDAY)
        .stream().filter(h -> h.getDate().equals(date)).findFirst()
        .map(h -> DANISH_HOLIDAYS.getOrDefault(h.getPropertiesKey().replaceFirst("^.*\\.", ""), "en helligdag"));
    if (holiday.isPresent()) {
      return holiday;
    }
    if (extraClosedDays.contains(MonthDay.from(date))) {
      return Optional.of(DANISH_CLOSED_DAYS.getOrDefault(MonthDay.from(date), "en lukkedag"));
    }
    return Optional.of(date.getDayOfWeek() == DayOfWeek.SATURDAY ? "en lørdag" : "en søndag");
  }

  /** jollyday has no Danish names: its keys of the Danish calendar (Holidays_dk.xml). */
  private static final Map<String, String> DANISH_HOLIDAYS = Map.ofEntries(
      Map.entry("NEW_YEAR", "nytårsdag"), Map.entry("FIRST_CHRISTMAS_DAY", "juledag"),
      Map.entry("SECOND_CHRISTMAS_DAY", "2. juledag"), Map.entry("EASTER", "påskedag"),
      Map.entry("MAUNDY_THURSDAY", "skærtorsdag"), Map.entry("GOOD_FRIDAY", "langfredag"),
      Map.entry("EASTER_MONDAY", "2. påskedag"), Map.entry("GENERAL_PRAYER_DAY", "store bededag"),
      Map.entry("ASCENSION_DAY", "Kristi himmelfartsdag"), Map.entry("PENTECOST", "pinsedag"),
      Map.entry("WHIT_MONDAY", "2. pinsedag"));

  private static final Map<MonthDay, String> DANISH_CLOSED_DAYS = Map.of(
      MonthDay.of(12, 24), "juleaftensdag", MonthDay.of(12, 31), "nytårsaftensdag", MonthDay.of(6, 5), "grundlovsdag");

  /**
   * The {@code n}th working day after {@code date}, or before it when {@code n} is negative. For
   * {@code n == 0}: the date itself if it is a working day, otherwise the next working day.
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    int step = n < 0 ? -1 : 1;
    LocalDate day = date;
    if (n == 0) {
      while (!isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      return day;
    }
    for (int remaining = Math.abs(n); remaining > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  /** The {@code n}th working day before {@code date}; same as {@code plusWorkingDays(date, -n)}. */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    return plusWorkingDays(date, -n);
  }

  /**
   * Number of working days in {@code (fromExclusive, toInclusive]}. When {@code toInclusive} lies
   * before {@code fromExclusive} the result is negative, chosen so that {@code
   * plusWorkingDays(from, workingDaysBetween(from, to)) == to} for every working day {@code to}.
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    if (toInclusive.isBefore(fromExclusive)) {
      return -countWorkingDays(toInclusive, fromExclusive);
    }
    return countWorkingDays(fromExclusive.plusDays(1), toInclusive.plusDays(1));
  }

  /**
   * Deadline {@code n} working days before a meeting (or any other date), at the configured time
   * of day. Meant for expressions: {@code ${workingDays.before(meetingDate, 10)}}; see {@link
   * DateArguments} for the accepted date types (Date, LocalDate, ISO strings, ...).
   */
  public Date before(Object date, int n) {
    return deadline(minusWorkingDays(DateArguments.toLocalDate(date, zone()), n));
  }

  /** Deadline {@code n} working days after a date, at the configured time of day. */
  public Date after(Object date, int n) {
    return deadline(plusWorkingDays(DateArguments.toLocalDate(date, zone()), n));
  }

  /** The given day at the configured deadline time (default 12:00, in {@code governance.zone}). */
  public Date deadline(LocalDate day) {
    return Date.from(day.atTime(properties.deadlineTime()).atZone(zone()).toInstant());
  }

  ZoneId zone() {
    return EngineClock.zone();
  }

  /** Working days in {@code [fromInclusive, toExclusive)}. */
  private int countWorkingDays(LocalDate fromInclusive, LocalDate toExclusive) {
    return (int) fromInclusive.datesUntil(toExclusive).filter(this::isWorkingDay).count();
  }

  private Set<LocalDate> publicHolidays(int year) {
    return holidaysByYear.computeIfAbsent(
        year,
        y ->
            holidays.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet()));
  }
}
