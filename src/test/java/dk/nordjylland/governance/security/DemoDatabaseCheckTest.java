package dk.nordjylland.governance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nordjylland.governance.GovernanceApplication;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 13, finding 4: the demo and a production start must not share a database by accident. The demo has a data
 * folder of its own; a production start on a database the demo used is refused; the configured administrator
 * password is the administrator's password, whatever the database held before.
 */
@Tag("isolated")
class DemoDatabaseCheckTest {

  @TempDir Path dataDir;

  @Test
  void aProductionStartOnADatabaseTheDemoUsedIsRefusedWithAClearMessage() {
    try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(GovernanceApplication.class).run(
        "--spring.profiles.active=demo", "--server.port=0", "--camunda.bpm.process-engine-name=demoCheck",
        "--governance.data-dir=" + dataDir, "--governance.mail.enabled=false",
        "--governance.mail.embedded-server.enabled=false", "--camunda.bpm.job-execution.enabled=false",
        "--governance.cycle.auto-start=false")) {
      assertThat(demo.getBean(ProcessEngine.class).getIdentityService().checkPassword("karen.lund", "demo")).isTrue();
    }

    assertThatThrownBy(() -> production("prod-secret"))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .rootCause().hasMessageContaining("This database was used by the demo")
        .hasMessageContaining("demo's published password").hasMessageContaining("GOVERNANCE_DATA_DIR")
        .hasMessageContaining(dataDir.toString());
  }

  @Test
  void theConfiguredAdministratorPasswordWorksOnADatabaseThatHadAnotherAndTheOldOneDoesNot() {
    try (ConfigurableApplicationContext first = production("first-secret")) {
      IdentityService identity = first.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("admin", "first-secret")).isTrue();
    }
    try (ConfigurableApplicationContext second = production("second-secret")) {
      IdentityService identity = second.getBean(ProcessEngine.class).getIdentityService();
      // (The right password first: a wrong one delays the next login.)
      assertThat(identity.checkPassword("admin", "second-secret")).isTrue();
      assertThat(identity.checkPassword("admin", "first-secret")).isFalse();
      assertThat(identity.checkPassword("admin", "admin")).isFalse();
      assertThat(identity.checkPassword("karen.lund", "demo")).isFalse();
    }
  }

  @Test
  void theDemoProfileHasADataFolderOfItsOwn() throws IOException {
    assertThat(property("application.yaml", "governance.data-dir")).isEqualTo("${GOVERNANCE_DATA_DIR:./data}");
    assertThat(property("application-demo.yaml", "governance.data-dir")).isEqualTo("${GOVERNANCE_DATA_DIR:./data/demo}");
  }

  ConfigurableApplicationContext production(String adminPassword) {
    return new SpringApplicationBuilder(GovernanceApplication.class).run(
        "--server.port=0", "--camunda.bpm.process-engine-name=productionCheck", "--governance.data-dir=" + dataDir,
        "--camunda.bpm.admin-user.password=" + adminPassword, "--camunda.bpm.job-execution.enabled=false",
        "--governance.cycle.auto-start=false");
  }

  static Object property(String file, String name) throws IOException {
    List<PropertySource<?>> documents = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
    return documents.stream().map(d -> d.getProperty(name)).filter(v -> v != null).map(Object::toString)
        .findFirst().orElse(null);
  }
}
