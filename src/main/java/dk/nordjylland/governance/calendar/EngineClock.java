package dk.nordjylland.governance.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock in Danish time. Everything that asks "now" asks the engine's clock, so that
 * tests that move it (ClockUtil) move our deadlines and timestamps with the engine's timers.
 */
public final class EngineClock {

  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private EngineClock() {}

  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  /** The engine's "now" as the engine stores it, for process variables and engine queries. */
  public static Date currentTime() {
    return ClockUtil.getCurrentTime();
  }

  public static LocalDate today() {
    return now().toLocalDate();
  }
}
