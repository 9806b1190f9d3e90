package dk.nordjylland.governance.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords never lock an account (ADR 0027): they are throttled per client address (LoginThrottle). Camunda's
 * own lockout cannot be switched off by its settings alone: even with no delay it stores a lock that expires "now" on
 * the engine clock, and it counts attempts, so a user whose failed login was recorded at a later engine time (a moved
 * clock, a node whose clock runs ahead) is refused until then. The identity provider here checks passwords as
 * Camunda does, without recording or honouring locks.
 */
@Component
class NoAccountLockout extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(PasswordsWithoutLockout.class));
  }

  /** Camunda's database identity provider without its per-user lockout. */
  public static class PasswordsWithoutLockout extends DbIdentityServiceProvider {

    @Override
    protected boolean isUserLocked(UserEntity user) {
      return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
      // Wrong passwords are throttled per address (LoginThrottle), never by locking the account.
    }
  }
}
