package dk.nordjylland.governance.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The web apps' CSRF token of the request's session, for the hidden field of a screen's form (ADR 0033). */
public final class WebappCsrfToken {

  /** The form field a screen sends the token in (Spring's usual name). */
  public static final String FIELD = "_csrf";

  private WebappCsrfToken() {}

  public static String of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(WebappSessionFilter.TOKEN_SESSION_ATTRIBUTE);
    return token == null ? "" : token.toString();
  }
}
