package dk.nordjylland.governance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's firewall rules (no ';' path parameters, no encoded slashes or dots, no "//", ...) applied before
 * anything parses the path, answering 400 in Danish. Without it a matrix parameter (/engine-rest;x=1/task) failed in
 * Spring's request path parsing with a 500, and a firewall rejection had no Danish answer.
 */
class RequestFirewallFilter extends OncePerRequestFilter {

  private final StrictHttpFirewall firewall = new StrictHttpFirewall();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      firewall.getFirewalledRequest(request);
    } catch (RequestRejectedException e) {
      ErrorAnswers.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequest",
          "Ugyldig forespørgsel", "Adressen indeholder tegn, der ikke er tilladt (fx ';').");
      return;
    }
    chain.doFilter(request, response);
  }
}
