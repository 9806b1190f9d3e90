package dk.nordjylland.governance.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock in Danish time, and the one place our code reaches the engine's clock (ClockUtil). Everything
 * that asks "now" asks the engine's clock, so that the demo data and tests that move it move our deadlines and
 * timestamps with the engine's timers.
 *
 * <p>The time zone is the property {@code governance.zone} (default Europe/Copenhagen), read once at start-up by
 * {@link TimeZoneSetting}; every date we show, every working day and every deadline is reckoned in it.
 */
public final class EngineClock {

  /** The default of {@code governance.zone}: where the collaboration works. */
  static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Copenhagen");

  private static volatile ZoneId zone = DEFAULT_ZONE;

  private EngineClock() {}

  /** The zone every date and time of the collaboration is reckoned in ({@code governance.zone}). */
  public static ZoneId zone() {
    return zone;
  }

  static void useZone(ZoneId configured) {
    zone = configured;
  }

  public static LocalDateTime now() {
    return inLocalTime(ClockUtil.getCurrentTime());
  }

  /** The engine's "now" as the engine stores it, for process variables and engine queries. */
  public static Date currentTime() {
    return ClockUtil.getCurrentTime();
  }

  public static LocalDate today() {
    return now().toLocalDate();
  }

  /** Whether the instant has passed on the engine's clock (a deadline, a due date). */
  public static boolean isPast(Date instant) {
    return currentTime().after(instant);
  }

  /** The engine's instant of a local date-time in our zone. */
  public static Date toDate(LocalDateTime localTime) {
    return Date.from(localTime.atZone(zone).toInstant());
  }

  /** An engine instant as local date-time in our zone. */
  public static LocalDateTime inLocalTime(Date instant) {
    // getTime() rather than toInstant(): a date read from the database may be a java.sql type whose toInstant throws.
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(instant.getTime()), zone);
  }

  /**
   * Moves the engine's clock (the demo data replays past meetings; tests go through support.Clock). The engine's
   * timers, our deadlines and timestamps all follow.
   */
  public static void set(LocalDateTime localTime) {
    set(toDate(localTime));
  }

  public static void set(Date instant) {
    ClockUtil.setCurrentTime(instant);
  }

  /** Back to real time. */
  public static void reset() {
    ClockUtil.reset();
  }
}
