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
    FormFields.Fields collect = FormFields.Fields.of(json.readTree(Files.readString(Path.of("forms/collect-items.form"))));
    assertThat(collect.formId()).isEqualTo("collect-items");
    assertThat(collect.editable()).containsExactlyInAnyOrder("callClosed", "collectRemarks");
    assertThat(collect.readOnly()).isEmpty();
    FormFields.Fields screening = FormFields.Fields.of(json.readTree(Files.readString(Path.of("forms/screen-items.form"))));
    assertThat(screening.editable()).contains("item1Decision", "item30Reason").doesNotContain("itemCount", "item1Title");
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
