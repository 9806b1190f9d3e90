package dk.nordjylland.governance.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Form and API input as our input records: the API's lists arrive as a Spin JSON node, a JSON string
 * or a Java list; the Tasklist forms' slots as single values.
 */
final class FormLists {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .findAndAddModules()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
      .build();

  /** The same, refusing a field the row type does not have: a decision's fields are never silently dropped. */
  private static final ObjectMapper STRICT = JSON.copy()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private FormLists() {}

  /** The rows of a submitted list as the given input type; a row that does not fit is a user error. */
  static <T> List<T> rows(Object value, Class<T> type, String listName) {
    return rows(JSON, value, type, listName);
  }

  /** {@link #rows} refusing unknown fields, e.g. a mistyped "postponedPart" in a decision (ADR 0044). */
  static <T> List<T> strictRows(Object value, Class<T> type, String listName) {
    return rows(STRICT, value, type, listName);
  }

  private static <T> List<T> rows(ObjectMapper mapper, Object value, Class<T> type, String listName) {
    if (value == null) {
      return List.of();
    }
    try {
      List<Map<String, Object>> raw = value instanceof String s
          ? JSON.readValue(s, new TypeReference<>() {})
          : value instanceof List<?> || value instanceof Map<?, ?>
              ? JSON.convertValue(value, new TypeReference<>() {})
              : JSON.readValue(value.toString(), new TypeReference<>() {});
      List<T> result = new ArrayList<>();
      for (Map<String, Object> row : raw) {
        result.add(mapper.convertValue(row, type));
      }
      return result;
    } catch (IllegalArgumentException | JsonProcessingException e) {
      if (e.getCause() instanceof PropertyBindingException unknown) {
        throw new UserInputException("Listen '" + listName + "' indeholder feltet '" + unknown.getPropertyName()
            + "', som ikke kendes her. Intet er gemt.");
      }
      throw new UserInputException("Listen '" + listName + "' indeholder en ugyldig værdi: "
          + rootMessage(e));
    }
  }

  /** One form row (a slot's fields) as the given input type; a value that does not fit is a user error. */
  static <T> T row(Map<String, Object> row, Class<T> type, String name) {
    try {
      return JSON.convertValue(row, type);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(name + " indeholder en ugyldig værdi: " + rootMessage(e));
    }
  }

  /** A list as a JSON variable, as our API and the screens submit the lists of a form. */
  static TypedValue jsonVariable(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** "a.b, c.d" or a list: the ids in a free-text or list field. */
  static List<String> ids(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Object::toString).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    return Arrays.stream(value.toString().split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? "" : t.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
