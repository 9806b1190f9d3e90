package dk.nordjylland.governance.security.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;

/**
 * Typed values anywhere in a body (variables of a start, a message, a variable write): an Object value only in JSON
 * and of a type the engine's deserialization allow-list takes. Camunda would store any class name and then fail with
 * 500 on every later read of the instance's variables; Xml, File and Bytes are nothing our forms or API use.
 */
final class ObjectValues {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NEVER = Set.of("xml", "file", "bytes");

  private ObjectValues() {}

  static void requireAllowed(byte[] body, DeserializationTypeValidator validator) {
    JsonNode json;
    try {
      json = body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException e) {
      return;
    }
    if (json != null) {
      scan(json, validator);
    }
  }

  private static void scan(JsonNode node, DeserializationTypeValidator validator) {
    if (node.isObject() && node.path("type").isTextual()) {
      String type = node.path("type").asText().toLowerCase(Locale.ROOT);
      JsonNode info = node.path("valueInfo");
      boolean allowedObject = type.equals("object")
          && "application/json".equals(info.path("serializationDataFormat").asText())
          && validator != null && validator.validate(info.path("objectTypeName").asText(""));
      if (NEVER.contains(type) || type.equals("object") && !allowedObject) {
        throw Refused.badRequest("Værdien kan ikke gemmes med denne værditype. Brug tekst, tal, ja/nej, en dato"
            + " eller JSON.");
      }
    }
    node.elements().forEachRemaining(child -> scan(child, validator));
  }
}
