package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.validation.UserInputException;

/**
 * The caller may not do this with the consultation: reply when not a respondent (or for a respondent they do
 * not belong to), open or close it outside its secretariat. The API answers 403 with the Danish message; inside
 * the Tasklist's task completion it is a 400 like any other {@link UserInputException}, and the task stays open.
 */
public class NotAllowedException extends UserInputException {

  public NotAllowedException(String message) {
    super(message);
  }
}
