package dk.nordjylland.governance.operations;

import java.util.List;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

/**
 * The engine configuration the Camunda starter would make, except that it takes Camunda's SQL mappings parsed in
 * the background ({@link SqlMappingsInBackground}) when they match. Everything else is the starter's.
 */
public class GovernanceEngineConfiguration extends SpringProcessEngineConfiguration {

  private final SqlMappingsInBackground mappings;
  private boolean mappingsParsedInBackground;

  GovernanceEngineConfiguration(SqlMappingsInBackground mappings) {
    this.mappings = mappings;
  }

  /** Whether this engine used the mappings parsed in the background (false: it parsed them itself). */
  public boolean mappingsParsedInBackground() {
    return mappingsParsedInBackground;
  }

  @Override
  protected void initSqlSessionFactory() {
    Configuration parsed = sqlSessionFactory != null || isUseSharedSqlSessionFactory || mappings == null ? null
        : mappings.take(databaseType, databaseTablePrefix);
    if (parsed == null) {
      super.initSqlSessionFactory();
      return;
    }
    // What initSqlSessionFactory() does after its parse.
    parsed.setEnvironment(new Environment("default", transactionFactory, dataSource));
    parsed.setDefaultStatementTimeout(jdbcStatementTimeout);
    if (isJdbcBatchProcessing()) {
      parsed.setDefaultExecutorType(ExecutorType.BATCH);
    }
    sqlSessionFactory = new DefaultSqlSessionFactory(parsed);
    mappingsParsedInBackground = true;
  }

  /** Replaces the starter's bean of the same name (it is @ConditionalOnMissingBean), made the same way. */
  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class Factory {

    @Bean
    ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins,
        ObjectProvider<SqlMappingsInBackground> mappings) {
      GovernanceEngineConfiguration configuration = new GovernanceEngineConfiguration(mappings.getIfAvailable());
      CamundaSpringBootUtil.initCustomFields(configuration);
      configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
      return configuration;
    }
  }
}
