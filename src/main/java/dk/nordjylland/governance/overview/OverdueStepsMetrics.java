package dk.nordjylland.governance.overview;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code governance_overdue_steps{forum="ffu"}} in Actuator/Prometheus: the overdue steps of the overview per forum
 * ("ingen" for consultations and agreements of no forum). One scrape asks every forum's gauge: the counts are read
 * once and kept a short while, not once per gauge.
 */
@Component
class OverdueStepsMetrics implements MeterBinder {

  static final Duration KEEP = Duration.ofSeconds(30);

  private final GovernanceOverview overview;
  private volatile Map<String, Long> counts = Map.of();
  private volatile long readAt;

  OverdueStepsMetrics(GovernanceOverview overview) {
    this.overview = overview;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String forum : overview.forumKeys()) {
      Gauge.builder("governance.overdue.steps", this, m -> m.count(forum))
          .tag("forum", forum)
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
      } catch (RuntimeException e) {
        // the database is not there yet (start-up) or busy: the last counts stand until the next scrape
      }
    }
    return counts.getOrDefault(forum, 0L);
  }

  /** Forgets the kept counts (tests move the clock). */
  void refresh() {
    readAt = 0;
  }
}
