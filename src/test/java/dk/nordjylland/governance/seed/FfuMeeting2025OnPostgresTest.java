package dk.nordjylland.governance.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.EmbeddedPostgresDatabase;
import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The FFU meeting of 22 August 2025 (seed 003) through the whole cycle on a real PostgreSQL, with the
 * postgres profile: Flyway's migrations, the engine and our queries on the production database.
 */
@Tag("isolated")
@ActiveProfiles({"test", "postgres"})
class FfuMeeting2025OnPostgresTest extends FfuMeeting2025SeedTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  @Test
  void theEngineAndOurTablesRunOnPostgresqlWithEveryMigrationApplied() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType())
        .isEqualTo("postgres");
    assertThat(jdbc.sql("select count(*) from gov_flyway_history where success and version is not null")
        .query(Integer.class).single()).isEqualTo(jdbc.sql("select count(*) from gov_flyway_history"
            + " where version is not null").query(Integer.class).single()).isGreaterThanOrEqualTo(6);
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }
}
