package dk.nordjylland.governance.calendar;

import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for working-day deadlines ({@code governance.calendar.*}).
 *
 * @param extraClosedDays days on which the administration is closed although they are not
 *     public holidays by law. Danish public administration normally closes on Grundlovsdag
 *     (5 June, by law only the afternoon, but deadlines should not land on it), Juleaftensdag
 *     (24 December) and Nytårsaftensdag (31 December); jollyday only knows the statutory
 *     holidays, so these are added here. Written as {@code MM-dd}, e.g. {@code 12-24}.
 * @param deadlineTime time of day a deadline falls due on its day, e.g. 12:00, in {@link EngineClock#zone()}
 */
@ConfigurationProperties("governance.calendar")
public record CalendarProperties(
    @DefaultValue({"12-24", "12-31", "06-05"}) List<MonthDay> extraClosedDays,
    @DefaultValue("12:00") LocalTime deadlineTime) {

  public CalendarProperties {
    extraClosedDays = List.copyOf(extraClosedDays);
  }

  /** The defaults above, for code and tests that run without Spring. */
  public static CalendarProperties defaults() {
    return new CalendarProperties(
        List.of(MonthDay.of(12, 24), MonthDay.of(12, 31), MonthDay.of(6, 5)),
        LocalTime.NOON);
  }
}
