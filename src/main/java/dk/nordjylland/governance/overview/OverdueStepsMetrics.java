package dk.nordjylland.governance.overview;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code governance_overdue_steps{forum="ffu"}} in Actuator/Prometheus: the overdue steps of the overview per forum
 * ("ingen" for consultations and agreements of no forum). The forums come from the database, which the master data
 * fills at start-up, so the gauges are registered when the application is ready (and any forum seen later on the
 * next read). One scrape asks every forum's gauge: the counts are read once and kept a short while.
 */
@Component
class OverdueStepsMetrics {

  static final String NAME = "governance.overdue.steps";
  static final Duration KEEP = Duration.ofSeconds(30);

  private final GovernanceOverview overview;
  private final MeterRegistry registry;
  private final Set<String> registered = ConcurrentHashMap.newKeySet();
  private volatile Map<String, Long> counts = Map.of();
  private volatile long readAt;

  OverdueStepsMetrics(GovernanceOverview overview, MeterRegistry registry) {
    this.overview = overview;
    this.registry = registry;
  }

  @EventListener(ApplicationReadyEvent.class)
  void registerForums() {
    overview.forumKeys().forEach(this::register);
  }

  private void register(String forum) {
    if (registered.add(forum)) {
      Gauge.builder(NAME, this, m -> m.count(forum)).tag("forum", forum)
          .description("Overdue steps (tasks, party answers, consultation replies, actions) per forum")
          .register(registry);
    }
  }

  double count(String forum) {
    long now = System.nanoTime();
    if (readAt == 0 || now - readAt > KEEP.toNanos()) {
      try {
        counts = overview.overdueByForum();
        readAt = now;
        counts.keySet().forEach(this::register);
      } catch (RuntimeException e) {
        // the database is busy or not there yet: the last counts stand until the next scrape
      }
    }
    return counts.getOrDefault(forum, 0L);
  }

  /** Forgets the kept counts (tests move the clock). */
  void refresh() {
    readAt = 0;
  }
}
