package dk.nordjylland.governance.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one way our code does engine work the caller's own authorizations would not allow. For use cases that check
 * their own permissions first, and for lookups whose answer must not depend on what the caller may read (does this
 * user or group exist, which task is open).
 *
 * <ul>
 *   <li>{@link #call}/{@link #run}: as the system, nobody logged in (the engine checks nothing and records no user).
 *   <li>{@link #callUnchecked}/{@link #runUnchecked}: the caller's own step with the engine's checks off, so the
 *       engine's history and operation log still name the caller (a moved meeting's new due dates, a delivery
 *       started by the caller's step).
 * </ul>
 */
@Component
public class AsSystem {

  private final IdentityService identityService;
  private final ProcessEngine engine;

  AsSystem(IdentityService identityService, ProcessEngine engine) {
    this.identityService = identityService;
    this.engine = engine;
  }

  public <T> T call(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  /** The work runs in one engine command (one transaction with the caller's) whose authorization checks are off. */
  public <T> T callUnchecked(Supplier<T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          boolean checking = context.isAuthorizationCheckEnabled();
          context.disableAuthorizationCheck();
          try {
            return work.get();
          } finally {
            if (checking) {
              context.enableAuthorizationCheck();
            }
          }
        });
  }

  public void runUnchecked(Runnable work) {
    callUnchecked(() -> {
      work.run();
      return null;
    });
  }
}
