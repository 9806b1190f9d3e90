package dk.nordjylland.governance.validation;

/** An id that names nothing: answered with 404 and this Danish message. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
