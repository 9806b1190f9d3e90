package dk.nordjylland.governance.rest;

import dk.nordjylland.governance.validation.UserInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API (also used by the Tasklist) with one change: a UserInputException anywhere in
 * the cause chain answers 400 with its Danish message, instead of the engine's wrapped 500
 * ("ENGINE-03051 There was an exception while invoking the TaskListener ...").
 */
@Component
class GovernanceJerseyConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    Set<Class<?>> configuration = CamundaRestResources.getConfigurationClasses().stream()
        .filter(c -> c != RestExceptionHandler.class && c != ProcessEngineExceptionHandler.class)
        .collect(Collectors.toSet());
    registerClasses(configuration);
    register(UserInputRestExceptionHandler.class);
    register(UserInputProcessEngineExceptionHandler.class);
  }

  static Response badRequest(UserInputException e) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(UserInputException.class.getSimpleName());
    dto.setMessage(e.getMessage());
    return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  public static class UserInputRestExceptionHandler extends RestExceptionHandler {
    @Override
    public Response toResponse(RestException exception) {
      return UserInputException.in(exception).map(GovernanceJerseyConfig::badRequest)
          .orElseGet(() -> super.toResponse(exception));
    }
  }

  public static class UserInputProcessEngineExceptionHandler extends ProcessEngineExceptionHandler {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return UserInputException.in(exception).map(GovernanceJerseyConfig::badRequest)
          .orElseGet(() -> super.toResponse(exception));
    }
  }
}
