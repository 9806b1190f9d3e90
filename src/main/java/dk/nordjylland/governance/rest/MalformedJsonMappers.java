package dk.nordjylland.governance.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * A body that is not JSON, or JSON of the wrong shape, sent to Camunda's REST API: 400 with Camunda's error JSON and
 * the Danish text our own API uses, instead of Jackson's English plain text (or a 500 where nothing mapped it).
 * Priority 1: ahead of the mappers of Jackson's JAX-RS module for the same exceptions.
 */
final class MalformedJsonMappers {

  static final String MESSAGE = "Forespørgslens indhold kunne ikke læses. Send gyldig JSON i det beskrevne format.";

  private MalformedJsonMappers() {}

  static Response badJson() {
    ExceptionDto dto = new ExceptionDto();
    dto.setType("InvalidRequestException");
    dto.setMessage(MESSAGE);
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
}
