package dk.nordjylland.governance.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * A body that is not JSON, or JSON of the wrong shape, sent to Camunda's REST API: 400 with Camunda's error JSON and
 * the Danish text our own API uses, instead of Jackson's English plain text (or a 500 where nothing mapped it).
 * Priority 1: ahead of the mappers of Jackson's JAX-RS module for the same exceptions.
 */
public final class MalformedJsonMappers {

  public static final String MESSAGE = "Forespørgslens indhold kunne ikke læses. Send gyldig JSON i det beskrevne format.";
  public static final String NO_CONTENT = "Forespørgslen mangler indhold. Send et JSON-objekt i det beskrevne format.";

  private MalformedJsonMappers() {}

  static Response badJson() {
    return badRequest(MESSAGE);
  }

  static Response badRequest(String message) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType("InvalidRequestException");
    dto.setMessage(message);
    return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  @Priority(1)
  public static class NotJson implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return badJson();
    }
  }

  @Priority(1)
  public static class WrongShape implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return badJson();
    }
  }

  /**
   * A JSON body of just {@code null} became a null argument, and Camunda's resources failed on it with a
   * NullPointerException (500). Refused before the resource runs. (An empty body is turned into {} by Camunda's
   * EmptyBodyFilter.)
   */
  public static class NullBody implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
      Object entity = context.proceed();
      if (entity == null && context.getMediaType() != null
          && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
        throw new NoContent();
      }
      return entity;
    }
  }

  static final class NoContent extends RuntimeException {
    NoContent() {
      super(NO_CONTENT, null, false, false);
    }
  }

  public static class NoContentMapper implements ExceptionMapper<NoContent> {
    @Override
    public Response toResponse(NoContent exception) {
      return badRequest(NO_CONTENT);
    }
  }

  private static final Pattern NULL_VALUE = Pattern.compile("(\\w+) is null");

  /**
   * The engine's check of a required value ("groupId is null", a NullValueException) is the client's omission:
   * 400 naming the field, instead of Camunda's 500.
   */
  static Optional<Response> missingValue(Throwable exception) {
    if (!(exception instanceof NullValueException) || exception.getMessage() == null) {
      return Optional.empty();
    }
    Matcher field = NULL_VALUE.matcher(exception.getMessage());
    return field.find()
        ? Optional.of(badRequest("Forespørgslen mangler en påkrævet værdi: '" + field.group(1) + "'."))
        : Optional.empty();
  }
}
