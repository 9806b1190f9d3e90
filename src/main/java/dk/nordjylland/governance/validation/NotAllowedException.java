package dk.nordjylland.governance.validation;

/**
 * The caller may not do this, told why in Danish: our API answers 403 with the message. Thrown inside the engine
 * (a start form's or task's listener or delegate) it is a {@link UserInputException} like any other: the Tasklist
 * shows the message and nothing is saved.
 */
public class NotAllowedException extends UserInputException {

  public NotAllowedException(String message) {
    super(message);
  }
}
