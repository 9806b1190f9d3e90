package dk.nordjylland.governance.security;

import dk.nordjylland.governance.rest.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our API (/api/**) also for a user logged in to the Tasklist, so that a link to a document opens without a second
 * password (ADR 0029). Runs in Spring Security's chain after HTTP Basic: a request that sent an Authorization header
 * is left to Basic alone. Otherwise the web apps' existing session is read (never created) and, for a state-changing
 * call, the web apps' CSRF token is required in X-XSRF-TOKEN, the same one Camunda's CsrfPreventionFilter checks.
 * The authentication lives for this request only (stateless chain: nothing is written to the session).
 */
class WebappSessionApiFilter extends OncePerRequestFilter {

  private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final WebappLogins logins;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  WebappSessionApiFilter(WebappLogins logins) {
    this.logins = logins;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.startsWith("/api/") || path.startsWith("/screens/"))
        || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication current = contexts.getContext().getAuthentication();
    Optional<Authentication> login = current != null && current.isAuthenticated() ? Optional.empty()
        : logins.of(request);
    if (login.isPresent()) {
      if (!READING_METHODS.contains(request.getMethod())
          && !WebappSessionFilter.tokenMatches(request, request.getSession(false))
          && !formTokenMatches(request)) {
        refuse(request, response);
        return;
      }
      SecurityContext context = contexts.createEmptyContext();
      context.setAuthentication(login.get());
      contexts.setContext(context);
    }
    chain.doFilter(request, response);
  }

  /** A task screen's form (ADR 0033) sends the token as the hidden field _csrf, not as a header. */
  private static boolean formTokenMatches(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(WebappSessionFilter.TOKEN_SESSION_ATTRIBUTE);
    String sent = path.startsWith("/screens/") ? request.getParameter(WebappCsrfToken.FIELD) : null;
    return expected != null && sent != null && MessageDigest.isEqual(
        expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getHeader(WebappSessionFilter.TOKEN_HEADER) == null) {
      response.setHeader(WebappSessionFilter.TOKEN_HEADER, "Required");
    }
    ProblemResponses.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Ingen adgang",
        "Forespørgslens sikkerhedsnøgle (CSRF) mangler eller passer ikke. Send Opgavelistens sikkerhedsnøgle i"
            + " X-XSRF-TOKEN, eller log ind med brugernavn og adgangskode (HTTP Basic).");
  }
}
