package dk.nordjylland.governance.search;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** PostgreSQL searches itself (V23's indexes); any other database (the embedded H2) gets the Lucene index. */
@Configuration(proxyBeanMethods = false)
class SearchConfig {

  @Bean
  TextMatcher textMatcher(DataSource dataSource, JdbcClient jdbc) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    return "PostgreSQL".equals(product) ? new PostgresMatcher(jdbc) : new LuceneMatcher(jdbc);
  }
}
