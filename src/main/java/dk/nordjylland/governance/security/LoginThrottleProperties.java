package dk.nordjylland.governance.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Throttling of wrong passwords ({@code governance.login-throttle.*}), see LoginThrottle.
 *
 * @param freeFailures wrong passwords for one user from one address that are answered at once (typing errors)
 * @param firstDelay the wait after the first wrong password beyond those; it doubles with each further one
 * @param maxDelay the longest wait for one user from one address
 * @param addressFailures wrong passwords from one address (any users) within {@code addressWindow} after which the
 *     address is refused until the window has passed
 * @param addressWindow the period over which wrong passwords of an address are counted, and after which a user's
 *     count from an address is forgotten
 */
@ConfigurationProperties("governance.login-throttle")
record LoginThrottleProperties(
    @DefaultValue("5") int freeFailures,
    @DefaultValue("2s") Duration firstDelay,
    @DefaultValue("10m") Duration maxDelay,
    @DefaultValue("30") int addressFailures,
    @DefaultValue("15m") Duration addressWindow) {}
