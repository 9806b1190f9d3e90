package dk.nordjylland.governance.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Moving EngineClock moves the engine's clock: demo data and tests need no ClockUtil of their own. */
class EngineClockTest {

  @AfterEach
  void reset() {
    EngineClock.reset();
  }

  @Test
  void aMovedClockIsNowForUsAndForTheEngine() {
    LocalDateTime friday = LocalDateTime.of(2027, 1, 8, 14, 0);

    EngineClock.set(friday);

    assertThat(EngineClock.now()).isEqualTo(friday);
    assertThat(EngineClock.isPast(EngineClock.toDate(friday.minusMinutes(1)))).isTrue();
    assertThat(EngineClock.isPast(EngineClock.toDate(friday.plusMinutes(1)))).isFalse();
  }
}
