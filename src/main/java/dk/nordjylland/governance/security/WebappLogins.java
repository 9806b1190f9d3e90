package dk.nordjylland.governance.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is logged in to the Camunda web apps (Tasklist, Cockpit, Admin) in the request's existing session, ADR 0029.
 * Camunda's AuthenticationFilter keeps the login in the session attribute "authenticatedUser"
 * (AuthenticationUtil.CAM_AUTH_SESSION_KEY, not public), one UserAuthentication per engine; its logout removes it.
 */
@Component
class WebappLogins {

  static final String SESSION_ATTRIBUTE = "authenticatedUser";

  private final IdentityService identityService;
  private final String engineName;
  private final CamundaIdentityAuthenticationProvider identities;

  WebappLogins(ProcessEngine engine, CamundaIdentityAuthenticationProvider identities) {
    this.identityService = engine.getIdentityService();
    this.engineName = engine.getName();
    this.identities = identities;
  }

  /**
   * The session's user with the groups the engine has now (not the session's copy, which Camunda refreshes only
   * every few minutes), so forum scoping and authorizations are the same as for HTTP Basic. Never creates a session.
   */
  Optional<Authentication> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof Authentications authentications)
        || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication login)) {
      return Optional.empty();
    }
    String user = login.getIdentityId();
    // A user deleted since the login has no access left, as with a password.
    if (user == null || identityService.createUserQuery().userId(user).count() != 1) {
      return Optional.empty();
    }
    return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user, null, identities.groupsOf(user)));
  }
}
