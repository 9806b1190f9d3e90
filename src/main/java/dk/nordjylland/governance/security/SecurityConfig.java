package dk.nordjylland.governance.security;

import dk.nordjylland.governance.identity.GroupIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
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
        .httpBasic(Customizer.withDefaults())
        // Stateless basic authentication: no session cookie, so no CSRF exposure.
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(engineAuthentication).addPathPatterns("/api/**");
  }
}
