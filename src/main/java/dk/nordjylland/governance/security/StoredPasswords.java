package dk.nordjylland.governance.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;

/**
 * Whether a user's stored password is a given one, by comparing hashes as Camunda does, but without
 * IdentityService.checkPassword's side effect: a wrong password there counts as a failed login and, repeated at
 * every start, would lock the account.
 */
final class StoredPasswords {

  private StoredPasswords() {}

  static boolean is(ProcessEngine engine, User user, String password) {
    if (!(user instanceof UserEntity entity) || entity.getPassword() == null || password == null) {
      return false;
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getPasswordManager().check(EncryptionUtil.saltPassword(password, entity.getSalt()),
        entity.getPassword());
  }
}
