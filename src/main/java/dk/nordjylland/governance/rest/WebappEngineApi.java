package dk.nordjylland.governance.rest;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web apps' copy of Camunda's REST API (/camunda/api/engine/*), which the Tasklist and Cockpit call, with the
 * error handling of /engine-rest (GovernanceJerseyConfig): without it a Danish validation error of a task form
 * reached the Tasklist as a 500 with the engine's English "ENGINE-03051 ..." text and an ERROR with a stack trace.
 * Camunda's starter registers its servlet "Engine Api" only if none of that name exists, so this one, registered
 * first, takes its place with the same mapping.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApi {

  static final String SERVLET_NAME = "Engine Api";

  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApiServlet(CamundaBpmProperties camunda) {
    ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(new ServletContainer(),
        camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName(SERVLET_NAME);
    registration.setInitParameters(Map.of("jakarta.ws.rs.Application", Application.class.getName()));
    registration.setOrder(0); // before Camunda's web app initializer, which comes last
    return registration;
  }

  /** Camunda's web app engine API (EngineRestApplication) with our exception handlers instead of Camunda's. */
  public static class Application extends EngineRestApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return new HashSet<>(GovernanceJerseyConfig.withOurErrorHandling(super.getClasses()));
    }
  }
}
