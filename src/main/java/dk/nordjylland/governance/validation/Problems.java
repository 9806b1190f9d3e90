package dk.nordjylland.governance.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects every problem with an input, so the user gets all of them at once, in Danish. */
public final class Problems {

  private final List<String> problems = new ArrayList<>();
  /** The thing a problem is about (e.g. "item:12"), by the problem's index, so a screen can show it there. */
  private final Map<Integer, String> subjects = new HashMap<>();

  public Problems require(boolean condition, String problem) {
    if (!condition) {
      problems.add(problem);
    }
    return this;
  }

  public Problems requireText(String value, String problem) {
    return require(value != null && !value.isBlank(), problem);
  }

  public Problems maxLength(String value, int max, String field) {
    return require(value == null || value.length() <= max,
        "Feltet '" + field + "' må højst have " + max + " tegn.");
  }

  public Problems add(String problem) {
    problems.add(problem);
    return this;
  }

  /** A problem about one thing of the input (e.g. {@code "item:12"}): a screen shows it at that thing's row. */
  public Problems add(String subject, String problem) {
    subjects.put(problems.size(), subject);
    problems.add(problem);
    return this;
  }

  public Problems require(boolean condition, String subject, String problem) {
    return condition ? this : add(subject, problem);
  }

  public Problems requireText(String value, String subject, String problem) {
    return require(value != null && !value.isBlank(), subject, problem);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws a UserInputException "context: problem. problem." if anything was found. */
  public void throwIfAny(String context) {
    if (!problems.isEmpty()) {
      List<String> about = new ArrayList<>();
      for (int i = 0; i < problems.size(); i++) {
        about.add(subjects.get(i));
      }
      throw UserInputException.of(context, problems).about(about);
    }
  }
}
