package dk.nordjylland.governance.security;

import dk.nordjylland.governance.identity.GroupIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import dk.nordjylland.governance.rest.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two doors. The Camunda web apps (/camunda) have their own session login and CSRF protection and
 * /engine-rest has Camunda's authentication filter (RestApiAuthenticationConfig), so Spring Security
 * lets those through. Everything else (our /api, its OpenAPI document, Actuator) needs HTTP Basic
 * with a Camunda user; Actuator only for process owners and administrators.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig implements WebMvcConfigurer {

  private final EngineAuthenticationInterceptor engineAuthentication;

  SecurityConfig(EngineAuthenticationInterceptor engineAuthentication) {
    this.engineAuthentication = engineAuthentication;
  }

  @Bean
  @Order(1)
  SecurityFilterChain camundaOwnSecurity(HttpSecurity http) throws Exception {
    return http
        // By path, not Spring MVC pattern: the web apps' API (/camunda/api/*) and /engine-rest are
        // servlets of their own, which MVC request matchers do not match.
        .securityMatcher(request -> {
          String path = request.getRequestURI().substring(request.getContextPath().length());
          return path.startsWith("/camunda/") || path.startsWith("/camunda-welcome")
              || path.startsWith("/engine-rest/") || path.equals("/") || path.equals("/favicon.ico");
        })
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .headers(h -> h.disable())
        .requestCache(c -> c.disable())
        .securityContext(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(a -> a
            // An error of the web apps' API (e.g. 404 "not logged in") is rendered on /error: without this the
            // error dispatch asks for Basic authentication and the browser opens a login dialog.
            .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
            .requestMatchers("/actuator/**").hasAnyAuthority(
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + GroupIds.PROCESS_OWNERS,
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + GroupIds.CAMUNDA_ADMIN)
            .anyRequest().authenticated())
        // 401 and 403 as Danish problem details; the Basic challenge stays, so scripts and browsers know what to send.
        .httpBasic(b -> b.authenticationEntryPoint(SecurityConfig::notAuthenticated))
        .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfig::notAuthenticated)
            .accessDeniedHandler((request, response, denied) -> ProblemResponses.write(request, response, 403,
                "Ingen adgang", "Du har ikke adgang til denne handling.")))
        // Stateless basic authentication: no session cookie, so no CSRF exposure.
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  private static void notAuthenticated(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException e) throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"governance\", charset=\"UTF-8\"");
    ProblemResponses.write(request, response, 401, "Ikke logget ind",
        "Log ind med brugernavn og adgangskode (HTTP Basic). Forkert brugernavn eller adgangskode giver også dette svar.");
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(engineAuthentication).addPathPatterns("/api/**");
  }
}
