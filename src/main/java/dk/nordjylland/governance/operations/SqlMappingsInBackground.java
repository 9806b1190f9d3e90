package dk.nordjylland.governance.operations;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Camunda's SQL mappings (some 1,800 MyBatis statements in XML) take about 3 s to parse on a cold JVM, a third of the
 * main thread's start-up. Nothing in them depends on the application context, only on the database type and the
 * table prefix, so an initializer starts parsing them on a thread of its own as soon as the environment is known,
 * while Spring builds the context on the main thread; {@link GovernanceEngineConfiguration} picks the result up.
 * When the guess of the database type proves wrong (or the parse failed), the engine parses them itself, as usual.
 */
public final class SqlMappingsInBackground {

  private static final Logger LOG = LoggerFactory.getLogger(SqlMappingsInBackground.class);

  private final String databaseType;
  private final String tablePrefix;
  private final CompletableFuture<Configuration> parsed;
  private boolean taken;

  /** Starts the parse on a thread of its own. */
  SqlMappingsInBackground(String databaseType, String tablePrefix) {
    this.databaseType = databaseType;
    this.tablePrefix = tablePrefix;
    this.parsed = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        parsed.complete(parse(databaseType, tablePrefix));
      } catch (Throwable e) {
        parsed.completeExceptionally(e);
      }
    }, "camunda-sql-mappings");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The parsed mappings if they were parsed for this database type and prefix; {@code null} otherwise, and for a
   * second caller (a MyBatis configuration belongs to one engine).
   */
  synchronized Configuration take(String databaseType, String tablePrefix) {
    if (taken || !this.databaseType.equals(databaseType) || !this.tablePrefix.equals(Objects.toString(tablePrefix, ""))) {
      return null;
    }
    taken = true;
    try {
      return parsed.get();
    } catch (ExecutionException e) {
      LOG.warn("Camunda's SQL mappings could not be parsed in the background; the engine parses them", e.getCause());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The same parse as {@code ProcessEngineConfigurationImpl.initSqlSessionFactory()}, without the environment. */
  static Configuration parse(String databaseType, String tablePrefix) throws Exception {
    Properties properties = new Properties();
    properties.put("prefix", tablePrefix);
    ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, tablePrefix, databaseType);
    try (InputStream in = ProcessEngineConfigurationImpl.class.getClassLoader()
        .getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
        Reader reader = new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8)) {
      return new XMLConfigBuilder(reader, "", properties).parse();
    }
  }

  /** Camunda's database type for a JDBC URL, as the engine will find it from the connection; null if unknown. */
  static String databaseTypeOf(String jdbcUrl) {
    if (jdbcUrl == null) {
      return null;
    }
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return "h2";
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return "postgres";
    }
    return null;
  }

  /** Registered in META-INF/spring.factories, so it runs before the context's bean definitions are read. */
  public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "camundaSqlMappingsInBackground";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      Environment environment = context.getEnvironment();
      String databaseType = environment.getProperty("camunda.bpm.database.type",
          databaseTypeOf(environment.getProperty("spring.datasource.url")));
      if (databaseType == null) {
        return;
      }
      String prefix = environment.getProperty("camunda.bpm.database.table-prefix", "");
      context.getBeanFactory().registerSingleton(BEAN_NAME, new SqlMappingsInBackground(databaseType, prefix));
    }
  }
}
