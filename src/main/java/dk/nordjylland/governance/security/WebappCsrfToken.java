package dk.nordjylland.governance.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The web apps' CSRF token of the request's session, for the hidden field of a screen's form (ADR 0033). */
public final class WebappCsrfToken {

  /** The form field a screen sends the token in (Spring's usual name). */
  public static final String FIELD = "_csrf";

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebappCsrfToken() {}

  /** A new session's token, made as Camunda's CsrfPreventionFilter makes it (16 random bytes, upper-case hex). */
  static void giveTo(HttpSession session) {
    if (session.getAttribute(WebappSessionFilter.TOKEN_SESSION_ATTRIBUTE) == null) {
      byte[] random = new byte[16];
      RANDOM.nextBytes(random);
      session.setAttribute(WebappSessionFilter.TOKEN_SESSION_ATTRIBUTE, HexFormat.of().withUpperCase().formatHex(random));
    }
  }

  public static String of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(WebappSessionFilter.TOKEN_SESSION_ATTRIBUTE);
    return token == null ? "" : token.toString();
  }
}
