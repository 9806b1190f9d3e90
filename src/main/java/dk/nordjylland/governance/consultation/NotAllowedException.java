package dk.nordjylland.governance.consultation;

/**
 * The caller may not do this with the consultation: reply when not a respondent (or for a respondent they do
 * not belong to), open or close it outside its secretariat. The API answers 403 with the Danish message; inside
 * the Tasklist's task completion it is a 400 like any other user input error, and the task stays open.
 */
public class NotAllowedException extends dk.nordjylland.governance.validation.NotAllowedException {

  public NotAllowedException(String message) {
    super(message);
  }
}
