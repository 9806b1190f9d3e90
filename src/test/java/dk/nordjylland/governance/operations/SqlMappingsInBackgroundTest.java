package dk.nordjylland.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mappings parsed in the background are the ones the engine would parse itself. */
class SqlMappingsInBackgroundTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theBackgroundParseEqualsTheEnginesOwn(String databaseType) throws Exception {
    Configuration ours = SqlMappingsInBackground.parse(databaseType, "");
    Configuration engines = enginesOwnParse(databaseType);

    assertThat(ours.getMappedStatementNames()).hasSizeGreaterThan(1_000)
        .containsExactlyInAnyOrderElementsOf(engines.getMappedStatementNames());
    assertThat(ours.getResultMapNames()).containsExactlyInAnyOrderElementsOf(engines.getResultMapNames());
    assertThat(describe(ours)).isEqualTo(describe(engines));
  }

  @Test
  void theDatabaseTypeIsGuessedFromTheUrlAsTheEngineFindsItOnTheConnection() {
    assertThat(SqlMappingsInBackground.databaseTypeOf("jdbc:h2:file:./data/governance")).isEqualTo("h2");
    assertThat(SqlMappingsInBackground.databaseTypeOf("jdbc:postgresql://db:5432/governance")).isEqualTo("postgres");
    assertThat(SqlMappingsInBackground.databaseTypeOf("jdbc:oracle:thin:@db:1521/x")).isNull();
    assertThat(SqlMappingsInBackground.databaseTypeOf(null)).isNull();
  }

  @Test
  void aWrongGuessOrASecondEngineGetsNothingAndParsesItself() {
    var mappings = new SqlMappingsInBackground("h2", "");
    assertThat(mappings.take("postgres", "")).as("other database type").isNull();
    assertThat(mappings.take("h2", "camunda.")).as("other table prefix").isNull();
    assertThat(mappings.take("h2", null)).as("the guess, with the engine's default prefix").isNotNull();
    assertThat(mappings.take("h2", "")).as("a second engine").isNull();
  }

  /** Each statement's kind, result maps and, where it has no dynamic parts, its SQL. */
  private static Map<String, String> describe(Configuration configuration) {
    Map<String, String> description = new TreeMap<>();
    for (Object value : configuration.getMappedStatements()) {
      if (value instanceof MappedStatement statement) {
        String sql = statement.getSqlSource().getClass().getSimpleName().equals("RawSqlSource")
            ? statement.getBoundSql(null).getSql() : statement.getSqlSource().getClass().getSimpleName();
        description.put(statement.getId(), statement.getSqlCommandType() + " "
            + statement.getResultMaps().stream().map(ResultMap::getId).toList() + " " + sql);
      }
    }
    return description;
  }

  private static Configuration enginesOwnParse(String databaseType) {
    EnginesOwn engine = new EnginesOwn();
    engine.setJdbcUrl("jdbc:h2:mem:mappings-" + databaseType);
    engine.setDatabaseType(databaseType);
    engine.parse();
    return engine.getSqlSessionFactory().getConfiguration();
  }

  private static final class EnginesOwn extends StandaloneInMemProcessEngineConfiguration {
    void parse() {
      initDataSource();
      initTransactionFactory();
      initSqlSessionFactory();
    }
  }
}
