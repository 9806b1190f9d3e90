package dk.nordjylland.governance.screen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The form's values and errors for the template: on first showing the screen's presets, after a refused submission
 * what the person typed (nothing they typed is lost) with a message on each wrong field.
 */
public final class ScreenForm {

  private final MultiValueMap<String, String> typed;
  private final Map<String, String> errors;
  private final MultiValueMap<String, String> presets = new LinkedMultiValueMap<>();

  ScreenForm(MultiValueMap<String, String> typed, Map<String, String> errors) {
    this.typed = typed;
    this.errors = errors;
  }

  /** A field's value when the screen is first shown. */
  public ScreenForm preset(String field, Object value) {
    if (value != null) {
      presets.add(field, value.toString());
    }
    return this;
  }

  public String value(String field) {
    List<String> values = values(field);
    return values.isEmpty() ? "" : values.get(0);
  }

  /** Whether a radio button or checkbox with this value is chosen. */
  public boolean isChosen(String field, Object value) {
    return value != null && values(field).contains(value.toString());
  }

  public String error(String field) {
    return errors.get(field);
  }

  public boolean hasError(String field) {
    return errors.containsKey(field);
  }

  /** The id of the field's error message, for aria-describedby. */
  public String errorId(String field) {
    return field + "-fejl";
  }

  public Map<String, String> errors() {
    return errors;
  }

  private List<String> values(String field) {
    if (typed != null) {
      return typed.getOrDefault(field, List.of());
    }
    return presets.getOrDefault(field, List.of());
  }

  public static ScreenForm fresh() {
    return new ScreenForm(null, new HashMap<>());
  }

  /** After a refused submission: what was typed, with the field errors (for screens outside ScreenController). */
  public static ScreenForm refused(MultiValueMap<String, String> typed, Map<String, String> errors) {
    return new ScreenForm(typed, errors);
  }
}
