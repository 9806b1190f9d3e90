package dk.nordjylland.governance.security.enginerest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * The web apps' CSRF token check, as Camunda's CsrfPreventionFilter makes it (header equals the session's token).
 * The guard runs before that filter, so it never carries out a change of a web app call without this check.
 */
final class WebAppCsrf {

  private WebAppCsrf() {}

  static boolean isValid(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return header != null && !header.isBlank() && header.equals(token);
  }
}
