package dk.nordjylland.governance.validation;

/** The request does not fit where the process stands (409), with a Danish message. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
