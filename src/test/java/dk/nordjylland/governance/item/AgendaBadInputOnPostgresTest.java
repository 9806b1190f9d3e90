package dk.nordjylland.governance.item;

import dk.nordjylland.governance.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bad-input cases on PostgreSQL: each refused, and nothing half-saved in the production database. */
@Tag("isolated")
@ActiveProfiles({"test", "postgres"})
class AgendaBadInputOnPostgresTest extends AgendaBadInputTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }
}
