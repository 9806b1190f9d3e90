package dk.nordjylland.governance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers Spring Security gives /api, for the paths it leaves to Camunda (/camunda, /engine-rest): nosniff
 * always, and HSTS on a secure request (TLS here, or X-Forwarded-Proto: https from a trusted proxy); over plain HTTP
 * browsers ignore HSTS, and sending it there would only mislead. The web apps' CSP comes from Camunda's own header
 * filter (camunda.bpm.webapp.header-security).
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String HSTS = "max-age=31536000 ; includeSubDomains";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }

  /** Error pages (e.g. Camunda's 404 of an unknown REST path) are rendered in a second dispatch: same headers. */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }
}
