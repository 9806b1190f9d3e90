package dk.nordjylland.governance.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a user or API client must correct, with a Danish message for them. Thrown anywhere (also
 * inside a task listener, where the engine wraps it), it reaches the Tasklist and API clients as
 * 400 with this message, and the transaction rolls back: nothing is saved half.
 */
public class UserInputException extends BadUserRequestException {

  private final List<String> problems;
  /** Per problem, the thing of the input it is about ("item:12"), or null: lets a screen show it at its row. */
  private List<String> subjects = List.of();

  public UserInputException(String message) {
    this(message, List.of(message));
  }

  public UserInputException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** "Opgaven kan ikke fuldføres: a. b." */
  public static UserInputException of(String context, List<String> problems) {
    return new UserInputException(context + ": " + String.join(" ", problems), problems);
  }

  public List<String> problems() {
    return problems;
  }

  /** What each problem (same index) is about, e.g. {@code "item:12"}; null where it is about the input as a whole. */
  public String subject(int problem) {
    return problem < subjects.size() ? subjects.get(problem) : null;
  }

  UserInputException about(List<String> subjects) {
    this.subjects = Collections.unmodifiableList(new ArrayList<>(subjects));
    return this;
  }

  /** The UserInputException in a cause chain (the engine wraps listener exceptions), if any. */
  public static Optional<UserInputException> in(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (t instanceof UserInputException e) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
