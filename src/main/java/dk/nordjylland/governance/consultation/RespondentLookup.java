package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.identity.AsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** A respondent's name: a Camunda group's name, or a user's full name. */
@Component
class RespondentLookup {

  private final IdentityService identityService;
  private final AsSystem asSystem;

  RespondentLookup(IdentityService identityService, AsSystem asSystem) {
    this.identityService = identityService;
    this.asSystem = asSystem;
  }

  /** The group's name, or null if there is no such group. */
  String groupName(String id) {
    return asSystem.call(() -> {
      Group group = identityService.createGroupQuery().groupId(id).singleResult();
      return group == null ? null : group.getName();
    });
  }

  /** The user's full name, or null if there is no such user. */
  String userName(String id) {
    User user = asSystem.call(() -> identityService.createUserQuery().userId(id).singleResult());
    return user == null ? null : (user.getFirstName() + " " + user.getLastName()).strip();
  }
}
