package dk.nordjylland.governance.calendar;

import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Reads {@code governance.zone} once, before any bean exists, and hands it to {@link EngineClock}: the one place the
 * time zone is read. Jackson and the schedules name the same property ({@code ${governance.zone}}).
 */
public class TimeZoneSetting implements EnvironmentPostProcessor, Ordered {

  static final String PROPERTY = "governance.zone";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String configured = environment.getProperty(PROPERTY);
    EngineClock.useZone(configured == null || configured.isBlank()
        ? EngineClock.DEFAULT_ZONE : ZoneId.of(configured.strip()));
  }

  @Override
  public int getOrder() {
    // After Spring Boot has read application.yaml and the profile files.
    return Ordered.LOWEST_PRECEDENCE;
  }
}
