package dk.nordjylland.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.GovernanceTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GovernanceTest
class EngineStartupTest {

  @Autowired ProcessEngine engine;

  @Test
  void theEngineUsesTheSqlMappingsParsedInTheBackground() {
    assertThat(engine.getProcessEngineConfiguration()).isInstanceOfSatisfying(GovernanceEngineConfiguration.class,
        configuration -> assertThat(configuration.mappingsParsedInBackground()).isTrue());
    // and they work: a query that goes through them
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("meetingCycle")
        .latestVersion().count()).isEqualTo(1);
  }
}
