package dk.nordjylland.governance.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The configured administrator password (GOVERNANCE_ADMIN_PASSWORD) is the administrator's password at every start.
 * Camunda's starter sets it only when it creates the user, so a database that already had the administrator kept
 * the old password (issue 13: admin:admin from the demo worked, the configured password did not). Changing the
 * password means changing the configuration.
 */
@Component
class ConfiguredAdminPassword extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ConfiguredAdminPassword.class);

  private final CamundaBpmProperties properties;

  ConfiguredAdminPassword(CamundaBpmProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (properties.getAdminUser() == null || properties.getAdminUser().getId() == null) {
      return;
    }
    String id = properties.getAdminUser().getId();
    String password = properties.getAdminUser().getPassword();
    IdentityService identity = engine.getIdentityService();
    User admin = identity.createUserQuery().userId(id).singleResult();
    if (admin == null || password == null || password.isBlank() || StoredPasswords.is(engine, admin, password)) {
      return; // created by the starter with the configured password, or already set
    }
    admin.setPassword(password);
    identity.saveUser(admin);
    identity.unlockUser(id);
    LOG.warn("The administrator {} had another password than the configured one; the configured password is set", id);
  }
}
