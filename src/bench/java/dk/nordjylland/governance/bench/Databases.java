package dk.nordjylland.governance.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Pooled data sources for the benchmarks that run without the application: H2 in memory, or embedded PostgreSQL. */
final class Databases {

  private static EmbeddedPostgres postgres;

  private Databases() {}

  /** As the application: Hikari, 10 connections on H2 (Spring Boot's default), 20 on PostgreSQL (postgres profile). */
  static HikariDataSource open(String db, String name) {
    HikariConfig config = new HikariConfig();
    if (db.equals("h2")) {
      config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      config.setUsername("sa");
      config.setMaximumPoolSize(10);
    } else {
      config.setJdbcUrl(postgres().getJdbcUrl("postgres", "postgres"));
      config.setUsername("postgres");
      config.setMaximumPoolSize(20);
    }
    return new HikariDataSource(config);
  }

  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // the JVM ends anyway
        }
      }));
    }
    return postgres;
  }
}
