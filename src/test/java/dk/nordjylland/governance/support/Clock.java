package dk.nordjylland.governance.support;

import dk.nordjylland.governance.calendar.EngineClock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Moves the engine's clock (and ours, which reads it) in Danish time: the tests' one way to the clock, as
 * calendar.EngineClock is the main code's.
 */
public final class Clock {

  public static final ZoneId ZONE = EngineClock.zone();

  private Clock() {}

  /** Stops the clock at the given time. */
  public static void set(LocalDateTime time) {
    EngineClock.set(time);
  }

  /** Moves the clock to the given time and lets it tick from there (for nodes whose locks must expire). */
  public static void tickingFrom(LocalDateTime time) {
    // The one thing EngineClock does not offer: main code never needs a ticking offset.
    ClockUtil.offset(EngineClock.toDate(time).getTime() - System.currentTimeMillis());
  }

  public static void reset() {
    EngineClock.reset();
  }

  public static LocalDateTime of(Date date) {
    return EngineClock.inLocalTime(date);
  }
}
