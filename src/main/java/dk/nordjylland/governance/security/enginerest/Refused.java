package dk.nordjylland.governance.security.enginerest;

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

  static Refused adminOnly() {
    return forbidden("Du har ikke adgang til denne handling. Den er forbeholdt administratorer.");
  }

  int status() {
    return status;
  }
}
