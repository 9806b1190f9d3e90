package dk.nordjylland.governance.security;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link StartupGate}. */
@Configuration(proxyBeanMethods = false)
class StartupGateConfig {

  /**
   * After the request firewall (-250), before the login throttle (-150), Spring Security (-100) and Camunda's REST
   * authentication: no password is checked, and no failure counted, before the users exist.
   */
  @Bean
  FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability) {
    FilterRegistrationBean<StartupGate> registration = new FilterRegistrationBean<>(new StartupGate(availability));
    registration.setName("governance-startup-gate");
    registration.addUrlPatterns("/*");
    registration.setOrder(-200);
    return registration;
  }
}
