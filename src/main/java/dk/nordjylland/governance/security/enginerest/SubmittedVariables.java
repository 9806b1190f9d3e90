package dk.nordjylland.governance.security.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The variables of a completion or start body ({"variables": {"name": {"value", "type", "valueInfo"}}}), read and
 * checked before Camunda sees them: an empty or malformed body, and value types that are not a form's (Object,
 * Xml, Bytes, File, Java-serialized), are a Danish 400 here instead of Camunda's 500 later.
 */
final class SubmittedVariables {

  /** What the forms submit (the Tasklist sends untyped JSON values; Camunda infers these types). */
  private static final Set<String> PRIMITIVE = Set.of("string", "boolean", "integer", "long", "double", "short",
      "date", "null");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode body;
  private final Map<String, JsonNode> variables;

  private SubmittedVariables(JsonNode body, Map<String, JsonNode> variables) {
    this.body = body;
    this.variables = variables;
  }

  static SubmittedVariables parse(byte[] body) {
    JsonNode root;
    try {
      root = body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException e) {
      throw Refused.unreadableBody();
    }
    if (root == null || !root.isObject()) {
      throw Refused.unreadableBody(root);
    }
    JsonNode vars = root.path("variables");
    if (!vars.isMissingNode() && !vars.isNull() && !vars.isObject()) {
      throw Refused.badRequest("Anmodningen skal have 'variables' som JSON-objekt.");
    }
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    vars.fields().forEachRemaining(e -> {
      if (!e.getValue().isObject()) {
        throw Refused.badRequest("Anmodningen skal angive værdien af '" + e.getKey() + "' som {\"value\": ...}.");
      }
      variables.put(e.getKey(), e.getValue());
    });
    return new SubmittedVariables(root, variables);
  }

  JsonNode body() {
    return body;
  }

  Set<String> names() {
    return variables.keySet();
  }

  JsonNode value(String name) {
    return variables.get(name).path("value");
  }

  /**
   * Every variable has a type a form submits: text, numbers, yes/no, dates, nothing, and JSON where {@code jsonAllowed}
   * says so. Administrators may also store objects in JSON; Java serialization and XML are for nobody.
   */
  void requireFormTypes(Set<String> jsonAllowed, boolean admin) {
    variables.forEach((name, variable) -> {
      String type = variable.path("type").isTextual() ? variable.path("type").asText().toLowerCase(Locale.ROOT) : null;
      JsonNode value = variable.path("value");
      boolean ok;
      if (type == null) {
        ok = value.isMissingNode() || value.isValueNode();
      } else if (PRIMITIVE.contains(type)) {
        ok = value.isMissingNode() || value.isValueNode();
      } else if (type.equals("json")) {
        ok = admin || jsonAllowed.contains(name);
      } else if (type.equals("object")) {
        ok = admin && "application/json".equals(variable.path("valueInfo").path("serializationDataFormat").asText());
      } else {
        ok = false;
      }
      if (!ok) {
        throw Refused.badRequest("Feltet '" + name + "' kan ikke gemmes med denne værditype."
            + " Brug tekst, tal, ja/nej eller en dato.");
      }
    });
  }
}
