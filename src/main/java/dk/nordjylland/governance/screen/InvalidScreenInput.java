package dk.nordjylland.governance.screen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field errors of a screen's input: the screen is shown again with the typed values and a message on each field.
 * Without errors it shows the screen again with the typed values and nothing done (e.g. "Tilføj flere handlinger").
 */
public class InvalidScreenInput extends RuntimeException {

  private final Map<String, String> errors;

  public InvalidScreenInput(Map<String, String> errors) {
    super(String.join(" ", errors.values()));
    // In the page's order: the error summary lists them as the fields come (Map.copyOf would shuffle them).
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  public Map<String, String> errors() {
    return errors;
  }
}
