package dk.nordjylland.governance.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import dk.nordjylland.governance.masterdata.ForumRole;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;

/**
 * Lets the people of a forum see the process instances of that forum (tasks are granted by the
 * engine itself through candidate groups); nobody else but process owners sees them.
 */
@Service
public class ForumAccess {

  private final AuthorizationService authorizationService;

  ForumAccess(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grantInstanceRead(String processInstanceId, String forumId) {
    for (ForumRole role : ForumRole.values()) {
      Authorization auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(role.groupId(forumId));
      auth.setResource(Resources.PROCESS_INSTANCE);
      auth.setResourceId(processInstanceId);
      auth.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(auth);
    }
  }
}
