package dk.nordjylland.governance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Camunda's web app filters on /camunda/** and fixes two of their habits:
 *
 * <ul>
 *   <li>Camunda's AuthenticationFilter and CsrfPreventionFilter call {@code getSession()} on every request, so
 *       every cookie-less request, even for a font or a script, stored a session row (Spring Session JDBC). An
 *       anonymous request for a static file now gets a throw-away session in memory instead; the CSRF cookie that
 *       Camunda would put into it is dropped from the answer, since no session backs it. The app pages
 *       themselves (/camunda/app/tasklist/) still open a session: the login needs its CSRF token.
 *   <li>Camunda's CsrfPreventionFilter invalidates the session when a token is missing or wrong, so one forged or
 *       stale request logged the user out. The token is checked here first: a mismatch is answered 403 and the
 *       session stays as it was.
 * </ul>
 */
class WebappSessionFilter extends OncePerRequestFilter {

  static final String TOKEN_HEADER = "X-XSRF-TOKEN";
  static final String TOKEN_COOKIE = "XSRF-TOKEN";
  /** Camunda's CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME. */
  static final String TOKEN_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

  private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (!READING_METHODS.contains(request.getMethod())) {
      if (session != null && !tokenMatches(request, session)) {
        refuse(request, response);
        return;
      }
      chain.doFilter(request, response);
    } else if (session == null && isStaticFile(request)) {
      chain.doFilter(new WithoutStoredSession(request), new WithoutCsrfCookie(response));
    } else {
      chain.doFilter(request, response);
    }
  }

  /** A file of the web apps (script, style, font, image), not a page or an API call: its last segment has a dot. */
  static boolean isStaticFile(HttpServletRequest request) {
    String path = request.getRequestURI();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.contains(".") && !last.endsWith(".html") && !path.contains("/api/");
  }

  static boolean tokenMatches(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(TOKEN_SESSION_ATTRIBUTE);
    String sent = request.getHeader(TOKEN_HEADER);
    // No token in the session (e.g. right after the login, which starts a new session, before the app's next read
    // hands one out): Camunda's filter would refuse it too, and invalidate the fresh login.
    return expected != null && sent != null && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
        sent.getBytes(StandardCharsets.UTF_8));
  }

  /** Camunda's error answer ({"type", "message"}) in Danish, like the rest of the web apps' API. */
  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getHeader(TOKEN_HEADER) == null) {
      response.setHeader(TOKEN_HEADER, "Required");
    }
    ErrorAnswers.write(request, response, HttpServletResponse.SC_FORBIDDEN, "CsrfTokenInvalid", "Ingen adgang",
        "Forespørgslens sikkerhedsnøgle (CSRF) mangler eller passer ikke. Genindlæs siden og prøv igen.");
  }

  /** The request of an anonymous static file: Camunda's filters get a session that is never stored. */
  private static final class WithoutStoredSession extends HttpServletRequestWrapper {

    private TransientSession session;

    WithoutStoredSession(HttpServletRequest request) {
      super(request);
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public HttpSession getSession(boolean create) {
      if (session == null && create) {
        session = new TransientSession(getServletContext());
      }
      return session;
    }
  }

  /** Drops the CSRF token Camunda hands out with an anonymous static file: no stored session knows it. */
  private static final class WithoutCsrfCookie extends HttpServletResponseWrapper {

    WithoutCsrfCookie(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (!isCsrfToken(name, value)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!isCsrfToken(name, value)) {
        super.setHeader(name, value);
      }
    }

    private static boolean isCsrfToken(String name, String value) {
      return TOKEN_HEADER.equalsIgnoreCase(name)
          || HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null && value.startsWith(TOKEN_COOKIE + "=");
    }
  }
}
