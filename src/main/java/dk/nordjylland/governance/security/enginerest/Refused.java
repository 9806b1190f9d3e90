package dk.nordjylland.governance.security.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.rest.MalformedJsonMappers;

/** A call to Camunda's REST API that the guard turns away, with the status and the Danish message for the user. */
final class Refused extends RuntimeException {

  private final int status;

  private Refused(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static Refused badRequest(String message) {
    return new Refused(400, message);
  }

  static Refused forbidden(String message) {
    return new Refused(403, message);
  }

  static Refused conflict(String message) {
    return new Refused(409, message);
  }

  static Refused notFound(String message) {
    return new Refused(404, message);
  }

  /**
   * A body the guard needs as a JSON object but cannot read: the same Danish answers as Camunda's REST API gives
   * (rest.MalformedJsonMappers), so a caller sees one wording whichever of the two reads the body first.
   */
  static Refused unreadableBody(JsonNode parsed) {
    return badRequest(parsed == null || parsed.isNull() ? MalformedJsonMappers.NO_CONTENT
        : MalformedJsonMappers.MESSAGE);
  }

  static Refused unreadableBody() {
    return badRequest(MalformedJsonMappers.MESSAGE);
  }

  static Refused adminOnly() {
    return forbidden("Du har ikke adgang til denne handling. Den er forbeholdt administratorer.");
  }

  int status() {
    return status;
  }

  /** The "type" of Camunda's error body for the status. */
  String type() {
    return switch (status) {
      case 403 -> "AuthorizationException";
      case 404 -> "TaskNotFound";
      case 409 -> "ConcurrentChange";
      default -> "InvalidRequestException";
    };
  }
}
