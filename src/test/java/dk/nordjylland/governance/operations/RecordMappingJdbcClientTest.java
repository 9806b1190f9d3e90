package dk.nordjylland.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 13, finding 8: reading records must not make H2 write stack traces into its trace file. Spring's mapping
 * asks H2 for the column "plannedDate" before "planned_date"; each miss is an exception H2 traces.
 */
class RecordMappingJdbcClientTest {

  record Entry(Long id, String forumId, LocalDate plannedDate, boolean standing, Kind kind) {}

  enum Kind { ORIENTATION }

  @TempDir Path dir;
  DriverManagerDataSource dataSource;

  @BeforeEach
  void table() {
    dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1", "sa", "");
    JdbcClient.create(dataSource).sql("create table gov_entry (id bigint primary key, forum_id varchar(20),"
        + " planned_date date, standing boolean, kind varchar(20))").update();
    JdbcClient.create(dataSource).sql("insert into gov_entry values (1, 'ffu', date '2027-01-21', true, 'ORIENTATION')")
        .update();
  }

  @Test
  void recordsAreReadWithoutATraceAndWithEveryComponent() throws Exception {
    JdbcClient ours = new RecordMappingJdbcClient(JdbcClient.create(new NamedParameterJdbcTemplate(dataSource)));
    for (int i = 0; i < 20; i++) {
      assertThat(ours.sql("select * from gov_entry where id = ?").param(1L).query(Entry.class).single())
          .isEqualTo(new Entry(1L, "ffu", LocalDate.of(2027, 1, 21), true, Kind.ORIENTATION));
    }
    // Simple types still map as before.
    assertThat(ours.sql("select forum_id from gov_entry").query(String.class).single()).isEqualTo("ffu");
    assertThat(trace()).as("the H2 trace file").doesNotExist();

    // Spring's own mapping on the same table: the trace file appears (what filled ./data).
    JdbcClient.create(dataSource).sql("select * from gov_entry").query(Entry.class).single();
    assertThat(trace()).exists();
    assertThat(Files.readString(trace())).contains("Column \"forumId\" not found");
  }

  @Test
  void aRecordComponentWithoutColumnIsAClearError() {
    JdbcClient ours = new RecordMappingJdbcClient(JdbcClient.create(new NamedParameterJdbcTemplate(dataSource)));
    assertThatThrownBy(() -> ours.sql("select id, forum_id from gov_entry").query(Entry.class).list())
        .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessageContaining("Entry.plannedDate");
  }

  Path trace() {
    return dir.resolve("db.trace.db");
  }
}
