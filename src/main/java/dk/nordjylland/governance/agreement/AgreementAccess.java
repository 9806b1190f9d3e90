package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.identity.GroupIds;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Component;

/** Who may start agreements and work on one (register versions, plan its meetings, read every party's answer). */
@Component
class AgreementAccess {

  private final Directory directory;
  private final AgreementProperties properties;

  AgreementAccess(Directory directory, AgreementProperties properties) {
    this.directory = directory;
    this.properties = properties;
  }

  void requireStarter(String actor) {
    Set<String> groups = directory.groupsOf(actor);
    if (groups.stream().noneMatch(properties.starterGroups()::contains) && !groups.contains(GroupIds.CAMUNDA_ADMIN)) {
      throw new AuthorizationException(actor + " may not start collaboration agreements");
    }
  }

  void requireStarterOrGroup(Agreement a, String actor) {
    if (!worksOn(a, actor)) {
      throw new AuthorizationException(actor + " may not register versions of agreement " + a.id());
    }
  }

  /**
   * The agreement's own groups (working, network, coordination group), its starters and administrators: they
   * register versions, plan its meetings and read every party's answer.
   */
  boolean worksOn(Agreement a, String actor) {
    Set<String> groups = directory.groupsOf(actor);
    return groups.contains(GroupIds.CAMUNDA_ADMIN) || groups.contains(a.workingGroup())
        || groups.contains(a.networkGroup()) || groups.contains(properties.coordinationGroup())
        || groups.stream().anyMatch(properties.starterGroups()::contains);
  }
}
