package dk.nordjylland.governance.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.agreement.CollaborationAgreementProcess;
import dk.nordjylland.governance.consultation.ConsultationProcess;
import dk.nordjylland.governance.consultation.MidtermStatusProcess;
import dk.nordjylland.governance.followup.FollowUpActionProcess;
import dk.nordjylland.governance.item.ForumDecisionProcess;
import dk.nordjylland.governance.item.ItemProposalProcess;
import dk.nordjylland.governance.mail.NotificationDeliveryProcess;
import dk.nordjylland.governance.meeting.MeetingCycleProcess;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * The processes' declarations (ADR 0053) against what they declare: every element id is in its model, every user task
 * (and start form) is declared with the screen or Camunda Form the model names, every declared field is on that form
 * or screen, and a Camunda Form has no field and shows no text its declaration lacks. Renaming an id in a model, a
 * field in a form or a screen, or a form key, fails here instead of in a running process.
 */
class ProcessContractTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Path SCREENS = Path.of("src/main/resources/templates/screens");

  /** One declaration class (its element ids and its task forms) per process of processes/. */
  record Declaration(String processKey, Class<?> elements, Class<?> forms) {}

  static final List<Declaration> DECLARATIONS = List.of(
      new Declaration(MeetingCycleProcess.KEY, MeetingCycleProcess.Elements.class, MeetingCycleProcess.Forms.class),
      new Declaration(ItemProposalProcess.KEY, ItemProposalProcess.Elements.class, ItemProposalProcess.Forms.class),
      new Declaration(ForumDecisionProcess.KEY, ForumDecisionProcess.Elements.class, null),
      new Declaration(FollowUpActionProcess.KEY, FollowUpActionProcess.Elements.class,
          FollowUpActionProcess.Forms.class),
      new Declaration(ConsultationProcess.KEY, ConsultationProcess.Elements.class, ConsultationProcess.Forms.class),
      new Declaration(MidtermStatusProcess.KEY, MidtermStatusProcess.Elements.class, MidtermStatusProcess.Forms.class),
      new Declaration(CollaborationAgreementProcess.KEY, CollaborationAgreementProcess.Elements.class,
          CollaborationAgreementProcess.Forms.class),
      new Declaration(CollaborationAgreementProcess.FORUM_STEP_KEY, CollaborationAgreementProcess.StepElements.class,
          CollaborationAgreementProcess.StepForms.class),
      new Declaration(NotificationDeliveryProcess.KEY, null, null));

  /**
   * Screens whose one text field is named by the screen class from the declaration (FollowUpScreen.field() returns
   * e.g. ACTION_RESULT's name): their template cannot name it.
   */
  static final Set<String> COMPUTED_FIELD_SCREENS = Set.of("carry-out-action", "clear-reservation",
      "report-reservation");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern STATIC_NAME = Pattern.compile("(?<![:\\w-])name=\"([^\"]+)\"");
  private static final Pattern INCLUDED = Pattern.compile("~\\{screens/([a-z-]+)\\s*::");
  private static final Pattern SHOWN = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");

  @Test
  void everyProcessHasOneDeclaration() {
    assertThat(DECLARATIONS.stream().map(Declaration::processKey).toList())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(models().keySet());
  }

  @Test
  void everyDeclaredElementIdIsInItsModel() {
    assertThat(elementProblems(models())).isEmpty();
  }

  @Test
  void everyUserTaskAndStartFormIsDeclaredWithTheFormItOpens() {
    assertThat(formProblems(models())).isEmpty();
  }

  @Test
  void everyDeclaredFieldIsOnItsScreenOrCamundaForm() {
    assertThat(fieldProblems()).isEmpty();
  }

  @Test
  void aRenamedElementIdFailsTheContract() throws IOException {
    Map<String, Process> models = models();
    String renamed = Files.readString(PROCESSES.resolve("meeting-cycle.bpmn"))
        .replace("\"" + MeetingCycleProcess.Elements.APPROVE_AGENDA + "\"", "\"userTask_approveTheAgenda\"");
    models.put(MeetingCycleProcess.KEY, process(parse(renamed), MeetingCycleProcess.KEY));

    assertThat(elementProblems(models)).anySatisfy(p -> assertThat(p)
        .contains("MeetingCycleProcess.Elements.APPROVE_AGENDA", MeetingCycleProcess.Elements.APPROVE_AGENDA));
    assertThat(formProblems(models))
        .anySatisfy(p -> assertThat(p).contains("MeetingCycleProcess.Forms.APPROVE_AGENDA"))
        .anySatisfy(p -> assertThat(p).contains("userTask_approveTheAgenda", "no declared form"));
  }

  @Test
  void aFieldMissingFromItsScreenOrFormFailsTheContract() {
    TaskForm renamedOnScreen = MeetingCycleProcess.Forms.APPROVE_AGENDA.withFields("agendaRemark");
    TaskForm renamedInForm = ConsultationProcess.Forms.CLOSE_CONSULTATION.withFields("closeConfirmation");

    assertThat(fieldProblems("test", renamedOnScreen)).singleElement().asString()
        .contains("agendaRemark", "approve-agenda.html");
    assertThat(fieldProblems("test", renamedInForm)).singleElement().asString()
        .contains("closeConfirmation", "close-consultation");
  }

  // --- the checks

  static List<String> elementProblems(Map<String, Process> models) {
    List<String> problems = new ArrayList<>();
    for (Declaration declaration : DECLARATIONS) {
      Process process = models.get(declaration.processKey());
      if (declaration.elements() == null) {
        continue;
      }
      constants(declaration.elements(), String.class).forEach((name, id) -> {
        ModelElementInstance element = process.getModelInstance().getModelElementById(id);
        if (!(element instanceof BaseElement) || !within(element, process)) {
          problems.add(name + " = \"" + id + "\" is not an element of the process " + declaration.processKey());
        }
      });
    }
    return problems;
  }

  static List<String> formProblems(Map<String, Process> models) {
    List<String> problems = new ArrayList<>();
    for (Declaration declaration : DECLARATIONS) {
      Process process = models.get(declaration.processKey());
      Map<String, TaskForm> declared = new HashMap<>();
      Map<String, String> constantOf = new HashMap<>();
      if (declaration.forms() != null) {
        constants(declaration.forms(), TaskForm.class).forEach((name, form) -> {
          declared.put(form.elementId(), form);
          constantOf.put(form.elementId(), name);
        });
      }
      Map<String, BaseElement> withForm = new HashMap<>();
      process.getModelInstance().getModelElementsByType(UserTask.class).stream()
          .filter(task -> within(task, process)).forEach(task -> withForm.put(task.getId(), task));
      process.getModelInstance().getModelElementsByType(StartEvent.class).stream()
          .filter(start -> within(start, process))
          .filter(start -> start.getCamundaFormKey() != null || start.getCamundaFormRef() != null)
          .forEach(start -> withForm.put(start.getId(), start));
      withForm.forEach((id, element) -> {
        TaskForm form = declared.get(id);
        String formKey = element instanceof UserTask task ? task.getCamundaFormKey()
            : ((StartEvent) element).getCamundaFormKey();
        String formRef = element instanceof UserTask task ? task.getCamundaFormRef()
            : ((StartEvent) element).getCamundaFormRef();
        if (form == null) {
          problems.add(declaration.processKey() + ": " + id + " has no declared form (a TaskForm in "
              + (declaration.forms() == null ? "a Forms class" : declaration.forms().getSimpleName()) + ")");
          return;
        }
        if (!Objects.equals(form.formKey(), formKey) || !Objects.equals(form.formRef(), formRef)) {
          problems.add(constantOf.get(id) + " declares " + describe(form.formKey(), form.formRef()) + " but " + id
              + " opens " + describe(formKey, formRef));
        }
        if (formKey != null && !Files.exists(SCREENS.resolve(formKey.substring("/screens/".length()) + ".html"))) {
          problems.add(id + " opens the screen " + formKey + ", which has no template");
        }
        if (formRef != null && !camundaForms().containsKey(formRef)) {
          problems.add(id + " opens the Camunda Form " + formRef + ", which is not in forms/");
        }
      });
      declared.forEach((id, form) -> {
        if (!withForm.containsKey(id)) {
          problems.add(constantOf.get(id) + " declares the form of " + id + ", which is no user task or start"
              + " event with a form in " + declaration.processKey());
        }
      });
    }
    return problems;
  }

  static List<String> fieldProblems() {
    List<String> problems = new ArrayList<>();
    for (Declaration declaration : DECLARATIONS) {
      if (declaration.forms() != null) {
        constants(declaration.forms(), TaskForm.class).forEach((name, form) ->
            problems.addAll(fieldProblems(name, form)));
      }
    }
    return problems;
  }

  static List<String> fieldProblems(String name, TaskForm form) {
    List<String> problems = new ArrayList<>();
    if (form.screen() != null) {
      if (COMPUTED_FIELD_SCREENS.contains(form.screen())) {
        return problems;
      }
      Set<String> onScreen = screenFields(form.screen());
      form.fields().stream().filter(field -> !onScreen.contains(field)).forEach(field -> problems.add(name
          + ": the screen " + form.screen() + ".html has no field name=\"" + field + "\" (it has " + onScreen + ")"));
    } else {
      JsonNode camundaForm = camundaForms().get(form.formRef());
      if (camundaForm == null) {
        return List.of(name + ": no Camunda Form " + form.formRef() + " in forms/");
      }
      Set<String> keys = new TreeSet<>();
      Set<String> shown = new TreeSet<>();
      collect(camundaForm.path("components"), keys, shown);
      form.fields().stream().filter(field -> !keys.contains(field)).forEach(field -> problems.add(name
          + ": the Camunda Form " + form.formRef() + " has no field with key \"" + field + "\" (it has " + keys + ")"));
      keys.stream().filter(key -> !form.fields().contains(key)).forEach(key -> problems.add(name
          + ": the Camunda Form " + form.formRef() + " has the field \"" + key + "\", which is not declared"));
      shown.stream().filter(text -> !form.views().contains(text)).forEach(text -> problems.add(name
          + ": the Camunda Form " + form.formRef() + " shows {{" + text + "}}, which is not declared"));
    }
    return problems;
  }

  // --- reading models, forms and templates

  static Map<String, Process> models() {
    Map<String, Process> models = new HashMap<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = parse(Files.readString(file));
        for (Process process : model.getModelElementsByType(Process.class)) {
          models.put(process.getId(), process);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return models;
  }

  static BpmnModelInstance parse(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static Process process(BpmnModelInstance model, String key) {
    return model.getModelElementsByType(Process.class).stream().filter(p -> p.getId().equals(key)).findFirst()
        .orElseThrow();
  }

  /** Whether an element belongs to this process (and not to another process of the same file). */
  static boolean within(ModelElementInstance element, Process process) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e == process) {
        return true;
      }
    }
    return false;
  }

  static Map<String, JsonNode> camundaForms() {
    Map<String, JsonNode> forms = new HashMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.path("id").asText(), form);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }

  /** The form's field keys and the {{names}} its texts show, nested groups included. */
  static void collect(JsonNode components, Set<String> keys, Set<String> shown) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.path("key").asText());
      }
      Matcher m = SHOWN.matcher(component.path("text").asText("") + component.path("label").asText(""));
      while (m.find()) {
        shown.add(m.group(1));
      }
      collect(component.path("components"), keys, shown);
    }
  }

  /** The static name="..." attributes of a screen's template and of the templates it is built from. */
  static Set<String> screenFields(String screen) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(screen));
    while (!todo.isEmpty()) {
      String template = todo.remove(0);
      if (!seen.add(template) || template.equals("layout")) {
        continue;
      }
      try {
        String html = Files.readString(SCREENS.resolve(template + ".html"));
        Matcher name = STATIC_NAME.matcher(html);
        while (name.find()) {
          names.add(name.group(1));
        }
        Matcher included = INCLUDED.matcher(html);
        while (included.find()) {
          todo.add(included.group(1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  /** "Class.Nested.NAME" -> value of the public static final fields of this type. */
  static <T> Map<String, T> constants(Class<?> type, Class<T> valueType) {
    Map<String, T> constants = new LinkedHashMap<>();
    Arrays.stream(type.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()))
        .filter(f -> valueType.isAssignableFrom(f.getType()))
        .forEach(f -> constants.put(type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName() + "."
            + f.getName(), valueType.cast(value(f))));
    return constants;
  }

  private static Object value(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(String formKey, String formRef) {
    return formKey != null ? "formKey " + formKey : formRef != null ? "formRef " + formRef : "no form";
  }
}
