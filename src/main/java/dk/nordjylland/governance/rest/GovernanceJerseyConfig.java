package dk.nordjylland.governance.rest;

import dk.nordjylland.governance.validation.ConcurrentChange;
import dk.nordjylland.governance.validation.UserInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.util.EngineUtil;
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
    registerClasses(withOurErrorHandling(CamundaRestResources.getConfigurationClasses()));
  }

  /**
   * Camunda's REST configuration classes with its three exception handlers replaced by ours. Also used for the web
   * apps' copy of the REST API (/camunda/api/engine, which the Tasklist calls): WebappEngineApi.
   */
  static Set<Class<?>> withOurErrorHandling(Set<Class<?>> configurationClasses) {
    Set<Class<?>> classes = configurationClasses.stream()
        .filter(c -> c != RestExceptionHandler.class && c != ProcessEngineExceptionHandler.class
            && c != ExceptionHandler.class)
        .collect(Collectors.toSet());
    classes.addAll(Set.of(UserInputRestExceptionHandler.class, UserInputProcessEngineExceptionHandler.class,
        AnyExceptionHandler.class, MalformedJsonMappers.NotJson.class, MalformedJsonMappers.WrongShape.class,
        MalformedJsonMappers.NullBody.class, MalformedJsonMappers.NoContentMapper.class));
    return classes;
  }

  /**
   * A task that is gone (completed by someone else, or twice): 404 with a Danish message instead of
   * the engine's 500 "Cannot find task with id ...".
   */
  static Optional<Response> taskGone(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof NullValueException && t.getMessage() != null
          && t.getMessage().contains("Cannot find task")) {
        return Optional.of(gone());
      }
    }
    return Optional.empty();
  }

  /**
   * Two users completed or changed the same task at once and the other one won (the engine's optimistic locking, or
   * our tables' unique keys): 409 with a Danish message instead of the engine's 500. Nothing of the loser is stored.
   */
  static Optional<Response> concurrentChange(Throwable exception) {
    if (!ConcurrentChange.in(exception)) {
      return Optional.empty();
    }
    return Optional.of(answer(Response.Status.CONFLICT, "ConcurrentChange", ConcurrentChange.MESSAGE));
  }

  static Response badRequest(UserInputException e) {
    return answer(Response.Status.BAD_REQUEST, UserInputException.class.getSimpleName(), e.getMessage());
  }

  public static class UserInputRestExceptionHandler extends RestExceptionHandler {
    @Override
    public Response toResponse(RestException exception) {
      return UserInputException.in(exception).map(GovernanceJerseyConfig::badRequest)
          .or(() -> taskGone(exception))
          .or(() -> concurrentChange(exception))
          .orElseGet(() -> super.toResponse(exception));
    }
  }

  public static class UserInputProcessEngineExceptionHandler extends ProcessEngineExceptionHandler {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return UserInputException.in(exception).map(GovernanceJerseyConfig::badRequest)
          .or(() -> taskGone(exception))
          .or(() -> concurrentChange(exception))
          .or(() -> VanishedTask.in(exception, engine(request)).map(id -> gone()))
          .or(() -> VanishedTask.addressedIn(path(request), engine(request)).map(id -> gone()))
          .or(() -> MalformedJsonMappers.missingValue(exception))
          .orElseGet(() -> super.toResponse(exception));
    }
  }

  /** Any other failure (Camunda's answer: 500) of a request addressed to a task that is gone meanwhile: 404. */
  public static class AnyExceptionHandler extends ExceptionHandler {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable exception) {
      return VanishedTask.addressedIn(path(request), engine(request)).map(id -> gone())
          .orElseGet(() -> super.toResponse(exception));
    }
  }

  static String path(HttpServletRequest request) {
    return request == null ? "" : request.getRequestURI();
  }

  private static final Pattern NAMED_ENGINE = Pattern.compile("/engine/([^/]+)/");

  /** The engine a REST call addresses: /engine-rest/engine/{name}/... or the default engine. */
  static ProcessEngine engine(HttpServletRequest request) {
    Matcher named = NAMED_ENGINE.matcher(path(request));
    return EngineUtil.lookupProcessEngine(named.find() ? named.group(1) : null);
  }

  static Response gone() {
    return answer(Response.Status.NOT_FOUND, "TaskNotFound",
        "Opgaven findes ikke længere. Den er måske allerede fuldført af en anden.");
  }

  /** Camunda's error body ({"type", "message"}), which the Tasklist shows. */
  private static Response answer(Response.Status status, String type, String message) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(type);
    dto.setMessage(message);
    return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
