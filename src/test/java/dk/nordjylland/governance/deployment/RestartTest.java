package dk.nordjylland.governance.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.GovernanceApplication;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default set-up outside the demo profile: a file-based H2 database in a data folder, where
 * tasks and timers survive a restart, the models are not deployed again, and people from the
 * master data exist as users without any password.
 */
@Tag("isolated")
class RestartTest {

  @TempDir Path dataDir;

  ConfigurableApplicationContext start() {
    // Arguments, not default properties: they must win over application.yaml as the environment would.
    return new SpringApplicationBuilder(GovernanceApplication.class).run(
        "--server.port=0",
        // Not "default": that name belongs to the shared test context's engine in Camunda's registry.
        "--camunda.bpm.process-engine-name=restart-test",
        "--governance.data-dir=" + dataDir,
        "--camunda.bpm.admin-user.password=restart-admin",
        "--camunda.bpm.job-execution.enabled=false",
        "--governance.cycle.auto-start=false");
  }

  @Test
  void workSurvivesARestartAndNothingIsDeployedTwice() {
    String taskId;
    long deployments;
    try (ConfigurableApplicationContext first = start()) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().createUserQuery().userId("karen.lund").count()).isEqualTo(1);
      // Outside the demo profile nobody has a known password.
      for (String password : new String[] {"demo", "test", "", "karen.lund"}) {
        assertThat(engine.getIdentityService().checkPassword("karen.lund", password)).isFalse();
      }
      assertThat(engine.getIdentityService().checkPassword("admin", "restart-admin")).isTrue();
      first.getBean(MeetingCycleStarter.class).start("ffu-2027-01-21").orElseThrow();
      taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("ffu-2027-01-21")
          .singleResult().getId();
      deployments = engine.getRepositoryService().createDeploymentQuery().count();
    }
    assertThat(dataDir.resolve("governance.mv.db")).exists();

    try (ConfigurableApplicationContext second = start()) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(
          engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId())
          .timers().count()).isEqualTo(2);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("meetingCycle")
          .latestVersion().singleResult().getVersion()).isEqualTo(1);
    }
  }
}
