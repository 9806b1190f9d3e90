package dk.nordjylland.governance.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * Whether an id names a user or a group, asked as the system: the caller's own read permissions on
 * users and groups do not decide whether an owner exists.
 */
@Service
public class Directory {

  private final IdentityService identityService;

  Directory(IdentityService identityService) {
    this.identityService = identityService;
  }

  public boolean isUser(String id) {
    return asSystem(() -> identityService.createUserQuery().userId(id).count() > 0);
  }

  public boolean isGroup(String id) {
    return asSystem(() -> identityService.createGroupQuery().groupId(id).count() > 0);
  }

  public boolean isUserOrGroup(String id) {
    return id != null && !id.isBlank() && (isUser(id.strip()) || isGroup(id.strip()));
  }

  private boolean asSystem(java.util.function.BooleanSupplier query) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return query.getAsBoolean();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
