package dk.nordjylland.governance.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine's clock (and ours, which reads it) in Copenhagen time. */
public final class Clock {

  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private Clock() {}

  public static void set(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZONE).toInstant()));
  }

  public static void reset() {
    ClockUtil.reset();
  }

  public static LocalDateTime of(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), ZONE);
  }
}
