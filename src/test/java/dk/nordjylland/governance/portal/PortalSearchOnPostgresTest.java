package dk.nordjylland.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same searches with the same expected hits on PostgreSQL (postgres profile): its {@code danish} full text search
 * and the GIN indexes of V23 and V28 instead of the Lucene index (ADR 0056).
 */
@Tag("isolated")
@ActiveProfiles({"test", "postgres"})
class PortalSearchOnPostgresTest extends PortalSearchTest {

  @Test
  void postgresqlSearchesWithTheDanishConfigurationAndTheGinIndexes() {
    assertThat(jdbc.sql("select count(*) from pg_indexes where indexname in ('ix_gov_item_search',"
        + " 'ix_gov_item_attachment_search', 'ix_gov_agenda_entry_decision_search', 'ix_gov_agenda_subtopic_search')")
        .query(Integer.class).single()).isEqualTo(4);
    // The item's stored vector (V28) answers the Danish stem of "osteoporosen" (the query's form of PostgresMatcher),
    // with economy and "fortsat sagsbehandling" in it.
    assertThat(jdbc.sql("select count(*) from gov_item where search_vector @@ to_tsquery('simple', 'osteoporos:*')"
            + " and id = ?")
        .param(osteoporosis).query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from gov_item where search_vector @@ to_tsquery('simple', 'kvalitetsfond')"
        + " and id = ?").param(homeCare).query(Integer.class).single()).isEqualTo(1);
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }
}
