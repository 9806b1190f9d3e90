package dk.nordjylland.governance.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops start-up before anything is created when no administrator password is configured: outside
 * the demo profile there is no default password.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor, Ordered {

  static final String PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String password = environment.getProperty(PASSWORD_PROPERTY, "");
    if (password.isBlank()) {
      throw new IllegalStateException(
          "No administrator password is configured. Set the environment variable GOVERNANCE_ADMIN_PASSWORD"
              + " (property " + PASSWORD_PROPERTY + "), or start the demo profile"
              + " (mvn spring-boot:run) for a local trial.");
    }
  }

  @Override
  public int getOrder() {
    // After Spring Boot has read application.yaml and the profile files.
    return Ordered.LOWEST_PRECEDENCE;
  }
}
