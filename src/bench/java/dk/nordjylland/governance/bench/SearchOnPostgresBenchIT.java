package dk.nordjylland.governance.bench;

import dk.nordjylland.governance.support.EmbeddedPostgresDatabase;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Benchmark 7 on PostgreSQL: its danish full text search with V23's GIN indexes. */
@ActiveProfiles({"test", "postgres", "bench"})
@EnabledIf("enabled")
class SearchOnPostgresBenchIT extends SearchBenchIT {

  static boolean enabled() {
    return Machine.list("bench.db", "h2").contains("postgres") && Machine.wanted("search");
  }

  @Override
  String db() {
    return "postgres";
  }

  @Override
  void explain() {
    String vector = "search_vector"; // V28: stored
    for (String q : List.of("sag", "osteoporos:*", "læsø & scleros:*")) {
      System.out.println("EXPLAIN " + q + "\n" + String.join("\n", jdbc.sql("explain (analyze, buffers) select id"
          + " from gov_item where " + vector + " @@ to_tsquery('simple', ?)").param(q).query(String.class).list()));
    }
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }
}
