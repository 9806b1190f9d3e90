package dk.nordjylland.governance.security.enginerest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a form lets a person submit, read from the deployed form (forms/*.form), and the value types taken. */
class FormFieldsTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void theEditableFieldsOfOurFormsAreTheirKeysWithoutDisplayComponents() throws Exception {
    // Whichever forms are left (tasks move to screens, ADR 0033): each is named by its file and shows its texts
    // (components of type "text") without making them fields.
    try (var forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        var tree = json.readTree(Files.readString(form));
        FormFields.Fields fields = FormFields.Fields.of(tree);
        String stem = form.getFileName().toString().replace(".form", "");
        assertThat(fields.formId()).as(form.toString()).isEqualTo(stem);
        for (var component : tree.path("components")) {
          if ("text".equals(component.path("type").asText()) && component.has("key")) {
            assertThat(fields.editable()).as(form.toString()).doesNotContain(component.path("key").asText());
          }
        }
      }
    }
  }

  @Test
  void readOnlyAndDisabledFieldsAreKeptApartAndButtonsAreNoFields() throws Exception {
    FormFields.Fields fields = FormFields.Fields.of(json.readTree("""
        {"id": "f", "components": [
          {"type": "textfield", "key": "title"},
          {"type": "textfield", "key": "meetingId", "readonly": true},
          {"type": "number", "key": "total", "disabled": true},
          {"type": "checkbox", "key": "sometimes", "readonly": "=locked"},
          {"type": "button", "key": "submit"},
          {"type": "group", "components": [{"type": "textarea", "key": "nested"}]}]}
        """));
    assertThat(fields.editable()).containsExactlyInAnyOrder("title", "nested");
    assertThat(fields.readOnly()).containsExactlyInAnyOrder("meetingId", "total", "sometimes");
  }

  @Test
  void formValueTypesAreTakenAndObjectsXmlAndUntypedStructuresAreNot() {
    SubmittedVariables ok = parse("""
        {"variables": {"a": {"value": "x"}, "b": {"value": true}, "c": {"value": 2, "type": "Long"},
         "d": {"value": null}, "e": {"value": "2025-08-01T09:00:00.000+0200", "type": "Date"},
         "screening": {"value": "[]", "type": "Json"}}}
        """);
    ok.requireFormTypes(Set.of("screening"), false);
    assertThat(ok.names()).containsExactly("a", "b", "c", "d", "e", "screening");

    for (String variable : new String[] {"{\"value\": \"[]\", \"type\": \"Json\"}", "{\"value\": [1]}",
        "{\"value\": \"<a/>\", \"type\": \"Xml\"}", "{\"value\": \"AA==\", \"type\": \"Bytes\"}",
        "{\"value\": \"{}\", \"type\": \"Object\", \"valueInfo\": {\"serializationDataFormat\": \"application/json\","
            + " \"objectTypeName\": \"java.util.HashMap\"}}"}) {
      SubmittedVariables refused = parse("{\"variables\": {\"x\": " + variable + "}}");
      assertThatThrownBy(() -> refused.requireFormTypes(Set.of(), false)).as(variable)
          .isInstanceOf(Refused.class).hasMessageStartingWith("Feltet 'x' kan ikke gemmes med denne værditype.");
    }
  }

  static SubmittedVariables parse(String body) {
    return SubmittedVariables.parse(body.getBytes(StandardCharsets.UTF_8));
  }
}
