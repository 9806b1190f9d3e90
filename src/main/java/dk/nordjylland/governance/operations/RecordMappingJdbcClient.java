package dk.nordjylland.governance.operations;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The application's JdbcClient: Spring's, except that {@code query(SomeRecord.class)} maps with
 * {@link RecordRowMapper}, which finds columns without throwing (H2 traced each miss). Every repository keeps writing
 * {@code .query(Item.class)}; simple types (String, Long, byte[], ...) and other classes go to Spring's mapping as
 * before.
 */
final class RecordMappingJdbcClient implements JdbcClient {

  /** Replaces Spring Boot's JdbcClient bean (JdbcClientAutoConfiguration backs off when one exists). */
  @Configuration(proxyBeanMethods = false)
  static class Factory {
    @Bean
    JdbcClient jdbcClient(NamedParameterJdbcTemplate template) {
      return new RecordMappingJdbcClient(JdbcClient.create(template));
    }
  }

  private final JdbcClient spring;

  RecordMappingJdbcClient(JdbcClient spring) {
    this.spring = spring;
  }

  @Override
  public StatementSpec sql(String sql) {
    return new Statement(spring.sql(sql));
  }

  private record Statement(StatementSpec spring) implements StatementSpec {

    @Override
    public <T> MappedQuerySpec<T> query(Class<T> mappedClass) {
      return mappedClass.isRecord() ? spring.query(new RecordRowMapper<>(mappedClass)) : spring.query(mappedClass);
    }

    @Override
    public StatementSpec param(Object value) {
      return new Statement(spring.param(value));
    }

    @Override
    public StatementSpec param(int jdbcIndex, Object value) {
      return new Statement(spring.param(jdbcIndex, value));
    }

    @Override
    public StatementSpec param(int jdbcIndex, Object value, int sqlType) {
      return new Statement(spring.param(jdbcIndex, value, sqlType));
    }

    @Override
    public StatementSpec param(String name, Object value) {
      return new Statement(spring.param(name, value));
    }

    @Override
    public StatementSpec param(String name, Object value, int sqlType) {
      return new Statement(spring.param(name, value, sqlType));
    }

    @Override
    public StatementSpec params(Object... values) {
      return new Statement(spring.params(values));
    }

    @Override
    public StatementSpec params(List<?> values) {
      return new Statement(spring.params(values));
    }

    @Override
    public StatementSpec params(Map<String, ?> paramMap) {
      return new Statement(spring.params(paramMap));
    }

    @Override
    public StatementSpec paramSource(Object namedParamObject) {
      return new Statement(spring.paramSource(namedParamObject));
    }

    @Override
    public StatementSpec paramSource(SqlParameterSource namedParamSource) {
      return new Statement(spring.paramSource(namedParamSource));
    }

    @Override
    public ResultQuerySpec query() {
      return spring.query();
    }

    @Override
    public <T> MappedQuerySpec<T> query(RowMapper<T> rowMapper) {
      return spring.query(rowMapper);
    }

    @Override
    public void query(RowCallbackHandler rch) {
      spring.query(rch);
    }

    @Override
    public <T> T query(ResultSetExtractor<T> rse) {
      return spring.query(rse);
    }

    @Override
    public int update() {
      return spring.update();
    }

    @Override
    public int update(KeyHolder generatedKeyHolder) {
      return spring.update(generatedKeyHolder);
    }

    @Override
    public int update(KeyHolder generatedKeyHolder, String... keyColumnNames) {
      return spring.update(generatedKeyHolder, keyColumnNames);
    }
  }
}
