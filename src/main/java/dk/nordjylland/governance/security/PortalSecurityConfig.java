package dk.nordjylland.governance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The meeting portal (ADR 0049): its pages are read by anyone (GET and HEAD only), and a visitor logged in to the
 * Tasklist is recognised from the web apps' session (read, never created), so members see more. Every other
 * path and method stays with the chains of {@link SecurityConfig}; this chain comes first and matches nothing else.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfig {

  /** The portal's paths: the front page, forums, meetings, cases, the accessibility statement and its CSS. */
  static boolean isPortalPage(HttpServletRequest request) {
    if (!Set.of("GET", "HEAD").contains(request.getMethod())) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/") || path.equals("/tilgaengelighed") || path.equals("/soeg") || path.startsWith("/fora/")
        || path.equals("/fora") || path.startsWith("/moeder/") || path.startsWith("/sager/")
        || path.startsWith("/portal/assets/");
  }

  @Bean
  @Order(0)
  SecurityFilterChain portalSecurity(HttpSecurity http, WebappLogins logins) throws Exception {
    return http
        .securityMatcher(PortalSecurityConfig::isPortalPage)
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .addFilterBefore(new PortalSessionFilter(logins), AnonymousAuthenticationFilter.class)
        // Only GET and HEAD reach this chain: nothing to forge.
        .csrf(c -> c.disable())
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'none'; object-src 'none';"
                + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'")))
        .requestCache(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .build();
  }

  /**
   * The portal's login and logout (ADR 0062): open to all, every POST with a CSRF token. The token lives in a cookie
   * of its own (not the web apps' XSRF-TOKEN), so showing the login form stores no session; the controller creates
   * the session itself on a right password.
   */
  @Bean
  @Order(0)
  SecurityFilterChain portalLoginSecurity(HttpSecurity http) throws Exception {
    CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
    tokens.setCookieName("PORTAL-XSRF");
    tokens.setCookiePath("/");
    return http
        .securityMatcher(request -> {
          String path = request.getRequestURI().substring(request.getContextPath().length());
          return path.equals(PortalLoginController.LOGIN) || path.equals(PortalLoginController.LOGOUT);
        })
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.csrfTokenRepository(tokens))
        .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> ErrorAnswers.html(response, 403,
            "Formularen er udløbet", "Formularen var for gammel eller kom ikke fra mødeportalen."
                + " Åbn siden igen, og prøv en gang til.", PortalLoginController.LOGIN)))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'none'; object-src 'none';"
                + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'")))
        .requestCache(c -> c.disable())
        .securityContext(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .build();
  }

  /** The Tasklist's login of this request's existing session, for this request only. */
  static final class PortalSessionFilter extends OncePerRequestFilter {

    private final WebappLogins logins;

    PortalSessionFilter(WebappLogins logins) {
      this.logins = logins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      logins.of(request).ifPresent(login -> {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(login);
        SecurityContextHolder.setContext(context);
      });
      chain.doFilter(request, response);
    }
  }
}
