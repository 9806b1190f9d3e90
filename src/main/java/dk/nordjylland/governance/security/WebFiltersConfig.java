package dk.nordjylland.governance.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Servlet filters of issue 13 around the doors that Spring Security does not guard (Camunda's web apps and REST API),
 * ADR 0027. Spring Boot registers them before Camunda's own web app filters, which the Camunda starter adds last.
 */
@Configuration(proxyBeanMethods = false)
class WebFiltersConfig {

  /** Before Spring Security (-100) and Camunda's REST authentication (101): a throttled address never gets there. */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
        new LoginThrottleFilter(throttle));
    registration.setName("governance-login-throttle");
    registration.addUrlPatterns("/*");
    registration.setOrder(-150);
    return registration;
  }

  /** After Spring Session's filter, so that it sees the stored session, and before Camunda's. */
  @Bean
  FilterRegistrationBean<WebappSessionFilter> webappSessionFilter() {
    FilterRegistrationBean<WebappSessionFilter> registration = new FilterRegistrationBean<>(new WebappSessionFilter());
    registration.setName("governance-webapp-session");
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(0);
    return registration;
  }

  /** First of all, so that every answer has the headers, also one that a later filter writes itself. */
  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
    FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
        new SecurityHeadersFilter());
    registration.setName("governance-security-headers");
    registration.addUrlPatterns("/camunda/*", "/engine-rest/*", "/camunda-welcome/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    registration.setOrder(-300);
    return registration;
  }

  /** Before everything that reads the path (Spring Security's path parsing fails on ';' with a 500). */
  @Bean
  FilterRegistrationBean<RequestFirewallFilter> requestFirewallFilter() {
    FilterRegistrationBean<RequestFirewallFilter> registration = new FilterRegistrationBean<>(
        new RequestFirewallFilter());
    registration.setName("governance-request-firewall");
    registration.addUrlPatterns("/*");
    registration.setOrder(-250);
    return registration;
  }
}
