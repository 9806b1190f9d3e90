package dk.nordjylland.governance.security.enginerest;

import dk.nordjylland.governance.identity.GroupIds;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Who calls Camunda's REST API: the user the engine REST's or the web apps' login authenticated. */
record Caller(String userId, Set<String> groups) {

  Caller(String userId, List<String> groups) {
    this(userId, groups == null ? Set.of() : Set.copyOf(groups));
  }

  boolean isAdmin() {
    return groups.contains(GroupIds.CAMUNDA_ADMIN);
  }

  boolean isIn(Collection<String> candidateGroups) {
    return candidateGroups.stream().anyMatch(groups::contains);
  }
}
