package dk.nordjylland.governance.attachment;

import dk.nordjylland.governance.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The attachment cases on PostgreSQL: the files round-trip byte for byte through bytea, refusals store nothing. */
@Tag("isolated")
@ActiveProfiles({"test", "postgres"})
class AttachmentApiOnPostgresTest extends AttachmentApiTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }
}
