package dk.nordjylland.governance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.GovernanceApplication;
import dk.nordjylland.governance.agreement.CollaborationAgreementProcess;
import dk.nordjylland.governance.consultation.ConsultationProcess;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What `mvn spring-boot:run` gives a newcomer: the demo users log in with "demo" and find work in the
 * Tasklist at once: items in FFU's pipeline, an agreement on its way to FFU, a consultation of the
 * municipalities.
 */
@Tag("isolated")
class DemoProfileTest {

  @TempDir Path dataDir;

  @Test
  void theDemoHasUsersWithTheDemoPasswordAndWorkInProgress() {
    try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(GovernanceApplication.class).run(
        "--spring.profiles.active=demo",
        "--server.port=0",
        // A name of its own, without a hyphen (the starter ignores those), apart from other tests' engines.
        "--camunda.bpm.process-engine-name=demoTest",
        "--governance.data-dir=" + dataDir,
        "--governance.mail.embedded-server.smtp-port=13025",
        "--governance.mail.embedded-server.imap-port=13143",
        "--camunda.bpm.job-execution.enabled=false")) {
      ProcessEngine engine = demo.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().checkPassword("karen.lund", "demo")).isTrue();
      assertThat(engine.getIdentityService().checkPassword("admin", "admin")).isTrue();

      JdbcClient jdbc = demo.getBean(JdbcClient.class);
      Integer items = jdbc.sql("select count(*) from gov_item where standing = false").query(Integer.class).single();
      // The members' proposals, and the agreement's terms of reference, proposed by its forum step.
      assertThat(items).isEqualTo(DemoData.proposals().size() + 1);
      assertThat(jdbc.sql("select forum_id from gov_item where title like '%KOL%'").query(String.class).list())
          .containsExactly("ffu");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(CollaborationAgreementProcess.KEY).count()).isEqualTo(1);
      // The contact-person consultation: one reply task per municipality.
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(ConsultationProcess.KEY).count()).isEqualTo(1);
      assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(ConsultationProcess.KEY).count())
          .isEqualTo(11);
    }
  }
}
