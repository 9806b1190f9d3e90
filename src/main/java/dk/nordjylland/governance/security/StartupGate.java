package dk.nordjylland.governance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the doors shut until the application is ready (issue 15 point 8, ADR 0032). The web server opens its port
 * before the start-up steps (ApplicationRunners, {@link dk.nordjylland.governance.StartupOrder}) have synchronised the
 * users and started the cycles, so for some seconds a valid user was told 401 "forkert brugernavn eller adgangskode".
 * Spring Boot declares the application ready (ReadinessState.ACCEPTING_TRAFFIC) only after the last runner; until
 * then, and again while it shuts down, /api, /engine-rest and the web apps' API answer 503 with a Danish message and
 * Retry-After, which clients and load balancers understand as "try again", never as a wrong password.
 */
class StartupGate extends OncePerRequestFilter {

  static final String RETRY_AFTER_SECONDS = "5";

  private final ApplicationAvailability availability;
  private volatile boolean wasReady;

  StartupGate(ApplicationAvailability availability) {
    this.availability = availability;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/engine-rest/")
        || path.startsWith("/camunda/api/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
      wasReady = true;
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    if (wasReady) {
      ErrorAnswers.write(request, response, 503, "ServiceUnavailable", "Systemet lukker ned",
          "Systemet lukker ned – prøv igen om lidt.");
    } else {
      ErrorAnswers.write(request, response, 503, "ServiceUnavailable", "Systemet starter",
          "Systemet starter – prøv igen om lidt.");
    }
  }
}
