package dk.nordjylland.governance.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with an input, so the user gets all of them at once, in Danish. */
public final class Problems {

  private final List<String> problems = new ArrayList<>();

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

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws a UserInputException "context: problem. problem." if anything was found. */
  public void throwIfAny(String context) {
    if (!problems.isEmpty()) {
      throw UserInputException.of(context, problems);
    }
  }
}
