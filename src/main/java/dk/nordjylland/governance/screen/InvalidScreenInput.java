package dk.nordjylland.governance.screen;

import java.util.Map;

/** Field errors of a screen's input: the screen is shown again with the typed values and a message on each field. */
public class InvalidScreenInput extends RuntimeException {

  private final Map<String, String> errors;

  public InvalidScreenInput(Map<String, String> errors) {
    super(String.join(" ", errors.values()));
    this.errors = Map.copyOf(errors);
  }

  public Map<String, String> errors() {
    return errors;
  }
}
