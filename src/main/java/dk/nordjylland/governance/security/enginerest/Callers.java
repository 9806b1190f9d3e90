package dk.nordjylland.governance.security.enginerest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * The logged-in user of a REST call. On /engine-rest Camunda's authentication filter (order 101, before the guard) has
 * set it on the identity service. On the web apps' API it is in the web app's session: read from there, so the
 * answer does not depend on whether the web app's own filter has run before the guard.
 */
@Component
class Callers {

  private final IdentityService identityService;

  Callers(IdentityService identityService) {
    this.identityService = identityService;
  }

  Optional<Caller> of(HttpServletRequest request, RestCall call) {
    if (call.webApp()) {
      return fromWebAppSession(request, call.engineName());
    }
    Authentication auth = identityServiceOf(call.engineName()).getCurrentAuthentication();
    return auth == null || auth.getUserId() == null ? Optional.empty()
        : Optional.of(new Caller(auth.getUserId(), auth.getGroupIds()));
  }

  /**
   * The identity service of the engine the REST call goes to, the one Camunda's authentication filter has just
   * authenticated the user on: /engine-rest/engine/{name}/..., or the default engine. Asked through Camunda's own
   * lookup, not our injected engine, so that the guard sees the same user as the call (tests start several Spring
   * contexts in one JVM, and Camunda's engine registry is static).
   */
  private IdentityService identityServiceOf(String engineName) {
    try {
      return EngineUtil.lookupProcessEngine(engineName).getIdentityService();
    } catch (RuntimeException unknownEngine) {
      // Camunda answers the call itself.
      return identityService;
    }
  }

  private static Optional<Caller> fromWebAppSession(HttpServletRequest request, String engineName) {
    Authentications authentications = Authentications.getCurrent();
    if (authentications == null) {
      HttpSession session = request.getSession(false);
      authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    }
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    return Optional.of(new Caller(user.getIdentityId(), user.getGroupIds()));
  }
}
