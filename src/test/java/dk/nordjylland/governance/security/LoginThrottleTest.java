package dk.nordjylland.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a clock the test moves. */
class LoginThrottleTest {

  final MovableClock clock = new MovableClock();
  final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottleProperties(5, Duration.ofSeconds(2), Duration.ofMinutes(10), 30, Duration.ofMinutes(15)), clock);

  @Test
  void afterFiveWrongPasswordsTheAddressWaitsForThatUserTwiceAsLongEachTime() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.waitFor("10.0.0.1", "lone.berg")).isEmpty();
      throttle.failed("10.0.0.1", "lone.berg");
    }
    assertThat(throttle.waitFor("10.0.0.1", "lone.berg")).isEmpty();
    throttle.failed("10.0.0.1", "lone.berg");
    assertThat(throttle.waitFor("10.0.0.1", "lone.berg")).contains(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    throttle.failed("10.0.0.1", "lone.berg");
    assertThat(throttle.waitFor("10.0.0.1", "lone.berg")).contains(Duration.ofSeconds(4));
    clock.advance(Duration.ofSeconds(4));
    throttle.failed("10.0.0.1", "LONE.BERG");
    assertThat(throttle.waitFor("10.0.0.1", "lone.berg")).contains(Duration.ofSeconds(8));

    // Another address, or another user from this address, is not slowed down.
    assertThat(throttle.waitFor("10.0.0.2", "lone.berg")).isEmpty();
    assertThat(throttle.waitFor("10.0.0.1", "karen.lund")).isEmpty();
  }

  @Test
  void theDelayStopsGrowingAtTheMaximum() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("10.0.0.1", "u");
      clock.advance(Duration.ofMinutes(1));
    }
    throttle.failed("10.0.0.1", "u");
    assertThat(throttle.waitFor("10.0.0.1", "u")).contains(Duration.ofMinutes(10));
  }

  @Test
  void theRightPasswordStartsTheUsersCountAgain() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("10.0.0.1", "lone.berg");
    }
    clock.advance(Duration.ofSeconds(3));
    throttle.succeeded("10.0.0.1", "lone.berg");
    throttle.failed("10.0.0.1", "lone.berg");
    assertThat(throttle.waitFor("10.0.0.1", "lone.berg")).isEmpty();
  }

  @Test
  void anAddressWithManyWrongPasswordsForAnyUsersWaitsUntilTheWindowHasPassed() {
    for (int i = 0; i < 30; i++) {
      assertThat(throttle.waitFor("10.0.0.9", "someone")).isEmpty();
      throttle.failed("10.0.0.9", "user" + i);
      clock.advance(Duration.ofSeconds(10));
    }
    // The first failure was 300 s ago: the window of 15 minutes ends in 600 s, for every user.
    assertThat(throttle.waitFor("10.0.0.9", "someone")).contains(Duration.ofSeconds(600));
    assertThat(throttle.waitFor("10.0.0.10", "someone")).isEmpty();
    clock.advance(Duration.ofSeconds(600));
    assertThat(throttle.waitFor("10.0.0.9", "someone")).isEmpty();
  }

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-01-05T08:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override public ZoneId getZone() { return ZoneId.of("UTC"); }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }
}
