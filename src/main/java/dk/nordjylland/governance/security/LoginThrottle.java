package dk.nordjylland.governance.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing by the client's address instead of locking the account: after a few wrong passwords
 * for a user from an address, that address must wait before it may try that user again, twice as long after each
 * further wrong password; an address with many wrong passwords for any users is refused altogether for a while.
 * Somebody else's guessing therefore never locks a member out (Camunda's own per-user lockout is off, ADR 0027).
 *
 * <p>The wait is a refusal (429 with Retry-After), not a sleep: a sleeping request would hold a server thread and
 * make guessing a way to exhaust the server. Kept in memory of this node: a restart forgets it, and in a cluster
 * each node counts for itself, which still bounds guessing to a few attempts per minute per node.
 */
@Component
class LoginThrottle {

  /** Beyond this many tracked addresses and pairs, entries older than the window are dropped. */
  private static final int PRUNE_ABOVE = 10_000;

  private final LoginThrottleProperties properties;
  private final Clock clock;
  private final Map<String, Pair> pairs = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> addresses = new ConcurrentHashMap<>();

  @Autowired
  LoginThrottle(LoginThrottleProperties properties) {
    this(properties, Clock.systemUTC());
  }

  LoginThrottle(LoginThrottleProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** How long the address must still wait before trying this user, if at all. */
  Optional<Duration> waitFor(String address, String user) {
    Instant now = clock.instant();
    Instant until = null;
    Deque<Instant> failures = addresses.get(address);
    if (failures != null) {
      synchronized (failures) {
        forgetOld(failures, now);
        if (failures.size() >= properties.addressFailures()) {
          until = failures.peekFirst().plus(properties.addressWindow());
        }
      }
    }
    Pair pair = pairs.get(key(address, user));
    if (pair != null) {
      synchronized (pair) {
        if (pair.blockedUntil != null && pair.blockedUntil.isAfter(now)
            && (until == null || pair.blockedUntil.isAfter(until))) {
          until = pair.blockedUntil;
        }
      }
    }
    return until == null || !until.isAfter(now) ? Optional.empty() : Optional.of(Duration.between(now, until));
  }

  void failed(String address, String user) {
    Instant now = clock.instant();
    prune(now);
    Deque<Instant> failures = addresses.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (failures) {
      forgetOld(failures, now);
      failures.addLast(now);
    }
    Pair pair = pairs.computeIfAbsent(key(address, user), k -> new Pair());
    synchronized (pair) {
      if (pair.lastFailure != null && pair.lastFailure.plus(properties.addressWindow()).isBefore(now)) {
        pair.failures = 0;
      }
      pair.failures++;
      pair.lastFailure = now;
      int beyond = pair.failures - properties.freeFailures();
      if (beyond > 0) {
        Duration delay = properties.firstDelay().multipliedBy(1L << Math.min(beyond - 1, 20));
        pair.blockedUntil = now.plus(delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay);
      }
    }
  }

  /** The right password: this user's count from this address starts again (the address's count does not). */
  void succeeded(String address, String user) {
    pairs.remove(key(address, user));
  }

  private void forgetOld(Deque<Instant> failures, Instant now) {
    Instant horizon = now.minus(properties.addressWindow());
    while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) {
      failures.removeFirst();
    }
  }

  private void prune(Instant now) {
    if (pairs.size() > PRUNE_ABOVE) {
      Instant horizon = now.minus(properties.addressWindow()).minus(properties.maxDelay());
      pairs.values().removeIf(p -> p.lastFailure != null && p.lastFailure.isBefore(horizon));
    }
    if (addresses.size() > PRUNE_ABOVE) {
      addresses.values().removeIf(d -> {
        synchronized (d) {
          forgetOld(d, now);
          return d.isEmpty();
        }
      });
    }
  }

  private static String key(String address, String user) {
    return address + "|" + user.toLowerCase(Locale.ROOT);
  }

  private static final class Pair {
    int failures;
    Instant lastFailure;
    Instant blockedUntil;
  }
}
