package dk.nordjylland.governance.security;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A start outside the demo on a database the demo used is refused: its users still log in with the demo's published
 * password, and its meetings and items are made up (issue 13: both profiles used ./data). The check runs when the
 * engine is built, before the web server opens. Refused rather than repaired: removing the passwords would leave the
 * demo's invented work in what is then taken for production.
 */
@Component
class DemoDatabaseCheck extends AbstractProcessEnginePlugin {

  /** The demo profile's password of every user (application-demo.yaml, README "Log in"). */
  static final List<String> DEMO_PASSWORDS = List.of("demo");

  private final boolean demo;
  private final String dataDir;

  DemoDatabaseCheck(@Value("${governance.demo.enabled:false}") boolean demo,
      @Value("${governance.data-dir:}") String dataDir) {
    this.demo = demo;
    this.dataDir = dataDir;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (demo) {
      return;
    }
    List<String> demoUsers = engine.getIdentityService().createUserQuery().list().stream()
        .filter(user -> DEMO_PASSWORDS.stream().anyMatch(password -> StoredPasswords.is(engine, user, password)))
        .map(User::getId).toList();
    if (!demoUsers.isEmpty()) {
      throw new IllegalStateException("This database was used by the demo: " + demoUsers.size() + " user(s) ("
          + String.join(", ", demoUsers.subList(0, Math.min(3, demoUsers.size())))
          + (demoUsers.size() > 3 ? ", ..." : "") + ") log in with the demo's published password. A start outside"
          + " the demo profile refuses it. Start with an empty data folder (GOVERNANCE_DATA_DIR, now '" + dataDir
          + "') or another database, or remove this one; the demo keeps its own data in ./data/demo.");
    }
  }
}
