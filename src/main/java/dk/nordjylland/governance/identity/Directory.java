package dk.nordjylland.governance.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * Whether an id names a user or a group, and who belongs to which, asked as the system: the caller's own read permissions on
 * users and groups do not decide whether an owner exists.
 */
@Service
public class Directory {

  private final IdentityService identityService;
  private final AsSystem asSystem;

  Directory(IdentityService identityService, AsSystem asSystem) {
    this.identityService = identityService;
    this.asSystem = asSystem;
  }

  public boolean isUser(String id) {
    return asSystem.call(() -> identityService.createUserQuery().userId(id).count() > 0);
  }

  public boolean isGroup(String id) {
    return asSystem.call(() -> identityService.createGroupQuery().groupId(id).count() > 0);
  }

  /** The ids of the groups the user is a member of. */
  public Set<String> groupsOf(String userId) {
    return asSystem.call(() -> identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet()));
  }

  public boolean isMember(String userId, String groupId) {
    return asSystem.call(() -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
  }

  /** The group's name for users ("SSU – sekretariat"), else its id. */
  public String groupName(String groupId) {
    return asSystem.call(() -> {
      Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
      return group == null || group.getName() == null ? groupId : group.getName();
    });
  }

  public boolean isUserOrGroup(String id) {
    return id != null && !id.isBlank() && (isUser(id.strip()) || isGroup(id.strip()));
  }
}
