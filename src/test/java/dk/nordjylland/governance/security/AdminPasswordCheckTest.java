package dk.nordjylland.governance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nordjylland.governance.GovernanceApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

@Tag("isolated")
class AdminPasswordCheckTest {

  @Test
  void startUpOutsideTheDemoProfileFailsWithAClearMessageWithoutAnAdminPassword() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(GovernanceApplication.class)
            .properties("spring.datasource.url=jdbc:h2:mem:no-password", "server.port=0",
                "camunda.bpm.process-engine-name=no-password-test")
            .run())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No administrator password is configured")
        .hasMessageContaining("GOVERNANCE_ADMIN_PASSWORD");
  }

  @Test
  void theDemoProfileHasItsDocumentedAdminPasswordAndAGivenPasswordIsAccepted() {
    MockEnvironment given = new MockEnvironment().withProperty(AdminPasswordCheck.PASSWORD_PROPERTY, "s3cret-from-env");
    new AdminPasswordCheck().postProcessEnvironment(given, null);
    assertThat(given.getProperty(AdminPasswordCheck.PASSWORD_PROPERTY)).isEqualTo("s3cret-from-env");

    MockEnvironment blank = new MockEnvironment().withProperty(AdminPasswordCheck.PASSWORD_PROPERTY, "  ");
    assertThatThrownBy(() -> new AdminPasswordCheck().postProcessEnvironment(blank, null))
        .hasMessageContaining("No administrator password");
  }
}
