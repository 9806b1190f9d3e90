package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.identity.GroupIds;
import dk.nordjylland.governance.validation.NotAllowedException;
import java.util.Set;
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
      throw new NotAllowedException("Du kan ikke starte samarbejdsaftaler. Det gør sekretariaterne, der er nævnt i"
          + " opsætningen (governance.agreement.starter-groups).");
    }
  }

  void requireStarterOrGroup(Agreement a, String actor) {
    if (!worksOn(a, actor)) {
      throw new NotAllowedException("Du kan ikke registrere versioner af samarbejdsaftalen '" + a.title() + "'. Det gør"
          + " aftalens arbejdsgruppe, netværksgruppe og ansvarlige gruppe.");
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
