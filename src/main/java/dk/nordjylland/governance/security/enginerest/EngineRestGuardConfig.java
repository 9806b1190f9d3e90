package dk.nordjylland.governance.security.enginerest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The guard on both doors to Camunda's REST API: /engine-rest, after Camunda's HTTP Basic authentication filter
 * (order 101, security.RestApiAuthenticationConfig), and the web apps' /camunda/api/engine, whose session login it
 * reads itself.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestGuardConfig {

  static final int ORDER = 102;

  @Bean
  FilterRegistrationBean<EngineRestGuard> engineRestGuard(Callers callers, WriteRules writes, ReadRules reads) {
    FilterRegistrationBean<EngineRestGuard> registration =
        new FilterRegistrationBean<>(new EngineRestGuard(callers, writes, reads));
    registration.setName("engine-rest-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(ORDER);
    return registration;
  }
}
