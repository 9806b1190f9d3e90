package dk.nordjylland.governance.security;

import dk.nordjylland.governance.identity.GroupIds;
import dk.nordjylland.governance.rest.ProblemResponses;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two doors. The Camunda web apps (/camunda) have their own session login and CSRF protection and
 * /engine-rest has Camunda's authentication filter (RestApiAuthenticationConfig), so Spring Security
 * lets those through. Everything else (our /api, its OpenAPI document, Actuator) needs HTTP Basic
 * with a Camunda user; Actuator only for process owners and administrators. /api also takes the web apps'
 * login session (ADR 0029).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig implements WebMvcConfigurer {

  private final EngineAuthenticationInterceptor engineAuthentication;
  private final WebappLogins webappLogins;

  SecurityConfig(EngineAuthenticationInterceptor engineAuthentication, WebappLogins webappLogins) {
    this.engineAuthentication = engineAuthentication;
    this.webappLogins = webappLogins;
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
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            // A load balancer asks whether this node is ready without a login (ADR 0032); the probes say UP or
            // DOWN/OUT_OF_SERVICE and nothing more (show-details: when-authorized).
            .requestMatchers("/actuator/health/readiness", "/actuator/health/liveness").permitAll()
            .requestMatchers("/actuator/**").hasAnyAuthority(
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + GroupIds.PROCESS_OWNERS,
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + GroupIds.CAMUNDA_ADMIN)
            .anyRequest().authenticated())
        // 401 and 403 as Danish problem details; the Basic challenge stays, so scripts know what to send. A browser
        // following a link gets a Danish "log in to the Tasklist first" page instead (ADR 0029).
        .httpBasic(b -> b.authenticationEntryPoint(new NotLoggedInAnswer()))
        // Or the Tasklist's login session on /api, read, never created, with its CSRF token for writes (ADR 0029).
        .addFilterAfter(new WebappSessionApiFilter(webappLogins), BasicAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(new NotLoggedInAnswer())
            .accessDeniedHandler((request, response, denied) -> ProblemResponses.write(request, response, 403,
                "Ingen adgang", "Du har ikke adgang til denne handling.")))
        // Stateless: Basic sends no cookie, so no CSRF exposure; a call with the web apps' session is checked against
        // their CSRF token by WebappSessionApiFilter.
        .csrf(c -> c.disable())
        // Session fixation protection off: it would give the web apps' session a new id on every /api call with it
        // (the browser's cookie then points nowhere); /api never logs in, so there is nothing to fixate.
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .build();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(engineAuthentication).addPathPatterns("/api/**", "/screens/**");
  }
}
