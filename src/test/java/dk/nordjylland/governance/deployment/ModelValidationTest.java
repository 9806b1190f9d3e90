package dk.nordjylland.governance.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.calendar.DanishDates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.junit.jupiter.api.Test;

/**
 * Static checks of every BPMN model in processes/ and every Camunda Form in forms/ (no Spring, no engine).
 *
 * <p>Each check collects all problems, naming file and element, so one run lists everything to fix.
 */
class ModelValidationTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  /** item3Decision, action12Owner: the numbered slots of a hand-copied form (issue 14). */
  static final Pattern NUMBERED_SLOT = Pattern.compile("[a-z]+[0-9]+[A-Z][A-Za-z]*");
  static final Path SCREEN_TEMPLATES = Path.of("src/main/resources/templates/screens");
  static final int MAX_FORM_SCHEMA_VERSION = 16;

  /** Ids that Camunda Modeler generates (Activity_0x1y2z, Flow_1abcdef, StartEvent_1, Process_1, ...). */
  static final Pattern MODELER_DEFAULT_ID = Pattern.compile(
      "^(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task|UserTask|ServiceTask|SendTask|ReceiveTask"
          + "|ScriptTask|BusinessRuleTask|ManualTask|SequenceFlow|ExclusiveGateway|ParallelGateway"
          + "|InclusiveGateway|EventBasedGateway|IntermediateThrowEvent|IntermediateCatchEvent|BoundaryEvent"
          + "|Process|Participant|Collaboration|SubProcess|CallActivity|DataObject|DataObjectReference"
          + "|DataStoreReference|Lane|LaneSet|Definitions|Message|Signal|Error|Escalation|MessageFlow"
          + "|Association|TextAnnotation|Group|Category|CategoryValue|TimerEventDefinition"
          + "|MessageEventDefinition|SignalEventDefinition|ErrorEventDefinition|EscalationEventDefinition"
          + "|ConditionalEventDefinition|CompensateEventDefinition|LinkEventDefinition"
          + "|TerminateEventDefinition)_([0-9a-z]{5,7}|[0-9]+)$");

  static final Pattern FLOW_NODE_ID = Pattern.compile(
      "^(startEvent|endEvent|userTask|serviceTask|sendTask|receiveTask|businessRuleTask|scriptTask"
          + "|callActivity|subProcess|gateway|timer|message|signal|error|escalation|event|boundary"
          + "|conditional)_[a-z][A-Za-z0-9]*$");

  static final Pattern SEQUENCE_FLOW_ID = Pattern.compile("^flow_[a-z][A-Za-z0-9]*$");
  static final Pattern DELEGATE_EXPRESSION = Pattern.compile("^\\$\\{[a-z][A-Za-z0-9]*\\}$");
  static final Pattern FORM_DEFAULT_ID = Pattern.compile("^(Field|Form)_[0-9a-z]{5,8}$");

  /** The element type an id prefix promises. */
  static final Map<String, Class<? extends FlowNode>> PREFIX_TYPES = Map.ofEntries(
      Map.entry("startEvent", StartEvent.class),
      Map.entry("endEvent", EndEvent.class),
      Map.entry("userTask", UserTask.class),
      Map.entry("serviceTask", ServiceTask.class),
      Map.entry("sendTask", SendTask.class),
      Map.entry("receiveTask", ReceiveTask.class),
      Map.entry("businessRuleTask", BusinessRuleTask.class),
      Map.entry("scriptTask", ScriptTask.class),
      Map.entry("callActivity", CallActivity.class),
      Map.entry("subProcess", SubProcess.class),
      Map.entry("gateway", Gateway.class),
      Map.entry("timer", Event.class),
      Map.entry("message", Event.class),
      Map.entry("signal", Event.class),
      Map.entry("error", Event.class),
      Map.entry("escalation", Event.class),
      Map.entry("event", Event.class),
      Map.entry("boundary", Event.class),
      Map.entry("conditional", Event.class));

  static final ObjectMapper JSON = new ObjectMapper();

  // ---------------------------------------------------------------- the files

  record ModelFile(String name, String stem, String content) {}

  static List<ModelFile> files(Path root, String extension) {
    return allFiles(root).stream()
        .filter(file -> file.name().endsWith(extension))
        .map(file -> new ModelFile(file.name(), stem(file.name(), extension), file.content()))
        .toList();
  }

  static List<ModelFile> allFiles(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile)
          .filter(path -> !path.getFileName().toString().startsWith("."))
          .sorted()
          .map(path -> new ModelFile(unixName(path), null, read(path)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String unixName(Path path) {
    return path.toString().replace('\\', '/');
  }

  static String stem(String name, String extension) {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    return fileName.substring(0, fileName.length() - extension.length());
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ModelFile> bpmnFiles() {
    return files(PROCESSES, ".bpmn");
  }

  static List<ModelFile> formFiles() {
    return files(FORMS, ".form");
  }

  /** The ids of the forms in forms/ (the file stem; formProblems checks that it equals the JSON id). */
  static Set<String> formIds() {
    return formFiles().stream().map(ModelFile::stem).collect(Collectors.toCollection(TreeSet::new));
  }

  static String describe(List<String> problems) {
    return problems.size() + " problem(s):\n  " + String.join("\n  ", problems);
  }

  // ---------------------------------------------------------------- BPMN checks

  /** Parses and validates a BPMN model; a problem (and null) when it does not parse or validate. */
  static BpmnModelInstance parse(String file, String content, List<String> problems) {
    try {
      BpmnModelInstance model =
          Bpmn.readModelFromStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
      Bpmn.validateModel(model);
      return model;
    } catch (RuntimeException e) {
      problems.add(file + ": does not parse/validate as BPMN: " + e.getMessage()
          + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""));
      return null;
    }
  }

  /** Every check of one BPMN model; formIds are the forms that exist in forms/. */
  static List<String> checkBpmn(String file, String content, Set<String> formIds) {
    List<String> problems = new ArrayList<>();
    BpmnModelInstance model = parse(file, content, problems);
    if (model != null) {
      problems.addAll(idProblems(file, model));
      problems.addAll(processProblems(file, model));
      problems.addAll(userTaskProblems(file, model, formIds));
      problems.addAll(startEventProblems(file, model, formIds));
      problems.addAll(serviceTaskProblems(file, model));
      problems.addAll(messageProblems(file, model));
    }
    return problems;
  }

  static String element(BaseElement element) {
    String type = element.getElementType().getTypeName();
    String name = element.getAttributeValue("name");
    return type + " '" + element.getId() + "'" + (name == null ? "" : " (\"" + name + "\")");
  }

  static List<String> idProblems(String file, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    Definitions definitions = model.getDefinitions();
    if (definitions.getId() != null && MODELER_DEFAULT_ID.matcher(definitions.getId()).matches()) {
      problems.add(file + ": definitions '" + definitions.getId() + "' has a Modeler default id");
    }
    // BaseElement covers every BPMN semantic element (DI shapes and edges are DiagramElements, excluded).
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String id = element.getId();
      if (id != null && MODELER_DEFAULT_ID.matcher(id).matches()) {
        problems.add(file + ": " + element(element) + " has a Modeler default id; give it a meaningful id");
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      String id = node.getId();
      if (!FLOW_NODE_ID.matcher(id).matches()) {
        problems.add(file + ": " + element(node) + " does not follow <type>_<camelCase> (" + FLOW_NODE_ID + ")");
        continue;
      }
      Class<? extends FlowNode> expected = PREFIX_TYPES.get(id.substring(0, id.indexOf('_')));
      if (!expected.isInstance(node)) {
        problems.add(file + ": " + element(node) + " has the prefix of a " + expected.getSimpleName()
            + " but is a " + node.getElementType().getTypeName());
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!SEQUENCE_FLOW_ID.matcher(flow.getId()).matches()) {
        problems.add(file + ": " + element(flow) + " does not follow flow_<camelCase>");
      }
    }
    return problems;
  }

  static List<String> processProblems(String file, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && isBlank(process.getCamundaHistoryTimeToLiveString())) {
        problems.add(file + ": executable " + element(process) + " has no camunda:historyTimeToLive");
      }
    }
    return problems;
  }

  static List<String> userTaskProblems(String file, BpmnModelInstance model, Set<String> formIds) {
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (isBlank(task.getCamundaCandidateGroups())) {
        problems.add(file + ": " + element(task) + " has no camunda:candidateGroups");
      }
      if (isBlank(task.getName())) {
        problems.add(file + ": " + element(task) + " has no (Danish) name");
      }
      if (isBlank(task.getCamundaDueDate())) {
        problems.add(file + ": " + element(task) + " has no camunda:dueDate (every task is due some day)");
      }
      if (!isBlank(task.getCamundaFormKey())) {
        problems.addAll(screenProblems(file, task, task.getCamundaFormKey()));
      } else if (isBlank(task.getCamundaFormRef())) {
        problems.add(file + ": " + element(task) + " has neither a camunda:formRef (Camunda Form) nor a"
            + " camunda:formKey of a task screen (/screens/<name>, ADR 0033)");
      } else {
        problems.addAll(formRefProblems(file, task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(),
            formIds));
      }
    }
    return problems;
  }

  static List<String> startEventProblems(String file, BpmnModelInstance model, Set<String> formIds) {
    List<String> problems = new ArrayList<>();
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      boolean hasFormData = start.getExtensionElements() != null
          && !start.getExtensionElements().getElementsQuery().filterByType(CamundaFormData.class).list().isEmpty();
      boolean hasForm = !isBlank(start.getCamundaFormRef()) || !isBlank(start.getCamundaFormKey()) || hasFormData;
      if (hasForm && isBlank(start.getName())) {
        problems.add(file + ": " + element(start) + " has a form but no (Danish) name");
      }
      if (!isBlank(start.getCamundaFormKey())) {
        problems.addAll(screenProblems(file, start, start.getCamundaFormKey()));
      }
      if (!isBlank(start.getCamundaFormRef())) {
        problems.addAll(formRefProblems(file, start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(),
            formIds));
      }
    }
    return problems;
  }

  /** A task screen's form key names a page whose template exists (its TaskScreen bean: ScreenForEveryFormKeyTest). */
  static List<String> screenProblems(String file, BaseElement element, String formKey) {
    if (!formKey.matches("/screens/[a-z]+(-[a-z]+)*")) {
      return List.of(file + ": " + element(element) + " has camunda:formKey=\"" + formKey
          + "\"; only task screens (/screens/<name>, ADR 0033) are form keys here");
    }
    Path template = SCREEN_TEMPLATES.resolve(formKey.substring("/screens/".length()) + ".html");
    return Files.isRegularFile(template) ? List.of()
        : List.of(file + ": " + element(element) + " opens the screen " + formKey + " but " + template + " is missing");
  }

  static List<String> formRefProblems(
      String file, BaseElement element, String formRef, String binding, Set<String> formIds) {
    List<String> problems = new ArrayList<>();
    if (!"deployment".equals(binding)) {
      problems.add(file + ": " + element(element) + " has camunda:formRefBinding=\"" + binding
          + "\"; it must be \"deployment\" (the form is deployed with the BPMN)");
    }
    if (!formIds.contains(formRef)) {
      problems.add(file + ": " + element(element) + " references the form '" + formRef
          + "' which is not in forms/ (known: " + formIds + ")");
    }
    return problems;
  }

  static List<String> serviceTaskProblems(String file, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String expression = task.getCamundaDelegateExpression();
      if (expression == null || !DELEGATE_EXPRESSION.matcher(expression).matches()) {
        problems.add(file + ": " + element(task) + " must call a thin delegate bean via camunda:delegateExpression=\""
            + "${beanName}\" (delegateExpression=" + expression + ", class=" + task.getCamundaClass()
            + ", expression=" + task.getCamundaExpression() + ", type=" + task.getCamundaType() + ")");
      }
    }
    return problems;
  }

  static List<String> messageProblems(String file, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (Message message : model.getModelElementsByType(Message.class)) {
      String name = message.getName();
      if (isBlank(name) || !name.contains(".") || name.startsWith(".") || name.endsWith(".")) {
        problems.add(file + ": message '" + message.getId() + "' has the name '" + name
            + "'; message names are namespaced like meeting.minutesApproved");
      }
    }
    return problems;
  }

  /** The formRefs of user tasks and start events. */
  static Set<String> formRefs(BpmnModelInstance model) {
    Set<String> refs = new TreeSet<>();
    model.getModelElementsByType(UserTask.class).stream()
        .map(UserTask::getCamundaFormRef).filter(ref -> !isBlank(ref)).forEach(refs::add);
    model.getModelElementsByType(StartEvent.class).stream()
        .map(StartEvent::getCamundaFormRef).filter(ref -> !isBlank(ref)).forEach(refs::add);
    return refs;
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  // ---------------------------------------------------------------- form checks

  /** Every check of one Camunda Form file (except "is it used"). */
  static List<String> checkForm(String file, String stem, String content) {
    List<String> problems = new ArrayList<>();
    JsonNode form;
    try {
      form = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      problems.add(file + ": is not valid JSON: " + e.getOriginalMessage());
      return problems;
    }
    if (form == null || !form.isObject()) {
      problems.add(file + ": is not a JSON object");
      return problems;
    }
    String id = form.path("id").asText("");
    if (!id.equals(stem)) {
      problems.add(file + ": top-level id is '" + id + "' but must equal the file name '" + stem + "'");
    }
    JsonNode schemaVersion = form.get("schemaVersion");
    if (schemaVersion == null || !schemaVersion.isInt()) {
      problems.add(file + ": has no integer schemaVersion");
    } else if (schemaVersion.asInt() > MAX_FORM_SCHEMA_VERSION) {
      problems.add(file + ": schemaVersion " + schemaVersion.asInt() + " is newer than Camunda 7 Tasklist supports ("
          + MAX_FORM_SCHEMA_VERSION + ")");
    }
    if (!"default".equals(form.path("type").asText())) {
      problems.add(file + ": type is '" + form.path("type").asText() + "' but must be 'default'");
    }
    JsonNode components = form.get("components");
    if (components == null || !components.isArray()) {
      problems.add(file + ": has no components array");
      return problems;
    }
    componentProblems(file, components, "", new HashMap<>(), new HashMap<>(), problems);
    return problems;
  }

  /**
   * Checks components recursively. form-js refuses to import a form whose component ids are not unique in
   * the whole form, or whose key paths (key below the path of the enclosing group/dynamiclist) collide.
   */
  static void componentProblems(String file, JsonNode components, String scope, Map<String, String> ids,
      Map<String, String> paths, List<String> problems) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("?");
      String id = component.hasNonNull("id") ? component.get("id").asText() : null;
      String key = component.hasNonNull("key") ? component.get("key").asText() : null;
      String path = component.hasNonNull("path") ? component.get("path").asText() : null;
      String label = type + " " + (key != null ? "key '" + key + "'" : path != null ? "path '" + path + "'"
          : "id '" + id + "'") + (scope.isEmpty() ? "" : " in '" + scope + "'");
      if ((key != null || path != null) && isBlank(id)) {
        problems.add(file + ": component " + label + " has no id");
      }
      if (id != null && FORM_DEFAULT_ID.matcher(id).matches()) {
        problems.add(file + ": component " + label + " has the Modeler default id '" + id + "'");
      }
      if (!isBlank(id)) {
        String previous = ids.putIfAbsent(id, label);
        if (previous != null) {
          problems.add(file + ": component id '" + id + "' is used twice (" + previous + " and " + label
              + "); form-js rejects the form");
        }
      }
      if (key != null && NUMBERED_SLOT.matcher(key).matches()) {
        problems.add(file + ": component " + label + " is a numbered slot (a hand-copied row): a list that grows"
            + " with the work belongs on a task screen with one row per entry (ADR 0033)");
      }
      if (key != null) {
        String fullKey = scope.isEmpty() ? key : scope + "." + key;
        String previous = paths.putIfAbsent(fullKey, label);
        if (previous != null) {
          problems.add(file + ": key '" + fullKey + "' is bound twice (" + previous + " and " + label + ")");
        }
      }
      dateFieldProblems(file, component, type, label, problems);
      JsonNode children = component.get("components");
      if (children != null && children.isArray()) {
        String childScope = path == null ? scope : scope.isEmpty() ? path : scope + "." + path;
        componentProblems(file, children, childScope, ids, paths, problems);
      }
    }
  }

  /**
   * Issue 14: form-js' date field is US (mm/dd/yyyy) in the 7.24 Tasklist, so 08-01-2027 became 1 August. A date is
   * typed into a text field that says the Danish format, checked for the shape, and read by DanishDates.
   */
  static void dateFieldProblems(String file, JsonNode component, String type, String label, List<String> problems) {
    if ("datetime".equals(type)) {
      problems.add(file + ": component " + label + " is a form-js date field, which the Tasklist reads as mm/dd/yyyy;"
          + " use a textfield labelled (dd-mm-åååå) with the DanishDates pattern");
    }
    String key = component.path("key").asText("");
    if (key.endsWith("Date") && "textfield".equals(type)) {
      if (!component.path("label").asText("").contains("(" + DanishDates.TYPED_FORMAT + ")")) {
        problems.add(file + ": date field " + label + " does not say the format (" + DanishDates.TYPED_FORMAT + ")");
      }
      if (!DanishDates.FORM_PATTERN.equals(component.path("validate").path("pattern").asText(null))) {
        problems.add(file + ": date field " + label + " does not check the shape with DanishDates.FORM_PATTERN");
      }
    }
  }

  // ---------------------------------------------------------------- the tests over the real files

  @Test
  void theFoldersHoldModels() {
    assertThat(bpmnFiles()).as("BPMN files in %s", PROCESSES.toAbsolutePath()).isNotEmpty();
    assertThat(formFiles()).as("forms in %s", FORMS.toAbsolutePath()).isNotEmpty();
    List<String> strays = new ArrayList<>();
    allFiles(PROCESSES).stream().filter(f -> !f.name().endsWith(".bpmn")).forEach(f -> strays.add(f.name()));
    allFiles(FORMS).stream().filter(f -> !f.name().endsWith(".form")).forEach(f -> strays.add(f.name()));
    assertThat(strays).as("files in processes/ or forms/ that are neither .bpmn nor .form (they would be put on "
        + "the classpath but never deployed)").isEmpty();
  }

  @Test
  void everyBpmnParsesAndValidates() {
    List<String> problems = new ArrayList<>();
    for (ModelFile file : bpmnFiles()) {
      parse(file.name(), file.content(), problems);
    }
    assertThat(problems).as(describe(problems)).isEmpty();
  }

  @Test
  void idsFollowTheNamingConventions() {
    List<String> problems = bpmnProblems(ModelValidationTest::idProblems);
    assertThat(problems).as(describe(problems)).isEmpty();
  }

  @Test
  void executableProcessesHaveHistoryTimeToLive() {
    List<String> problems = bpmnProblems(ModelValidationTest::processProblems);
    assertThat(problems).as(describe(problems)).isEmpty();
  }

  @Test
  void userTasksHaveCandidateGroupsNameAndDeployedForm() {
    Set<String> formIds = formIds();
    List<String> problems = bpmnProblems((file, model) -> userTaskProblems(file, model, formIds));
    assertThat(problems).as(describe(problems)).isEmpty();
  }

  @Test
  void startEventsWithFormsHaveNames() {
    Set<String> formIds = formIds();
    List<String> problems = bpmnProblems((file, model) -> startEventProblems(file, model, formIds));
    assertThat(problems).as(describe(problems)).isEmpty();
  }

  @Test
  void serviceTasksCallThinDelegateBeans() {
    List<String> problems = bpmnProblems(ModelValidationTest::serviceTaskProblems);
    assertThat(problems).as(describe(problems)).isEmpty();
  }

  @Test
  void messageNamesAreNamespaced() {
    List<String> problems = bpmnProblems(ModelValidationTest::messageProblems);
    assertThat(problems).as(describe(problems)).isEmpty();
  }

  @Test
  void formsAreValidCamunda7Forms() {
    List<String> problems = new ArrayList<>();
    for (ModelFile form : formFiles()) {
      problems.addAll(checkForm(form.name(), form.stem(), form.content()));
    }
    assertThat(problems).as(describe(problems)).isEmpty();
  }

  @Test
  void formIdsAreUniqueAcrossFiles() {
    Map<String, List<String>> byId = new LinkedHashMap<>();
    for (ModelFile form : formFiles()) {
      byId.computeIfAbsent(form.stem(), id -> new ArrayList<>()).add(form.name());
    }
    List<String> problems = byId.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .map(e -> "form id '" + e.getKey() + "' is defined by " + e.getValue()).toList();
    assertThat(problems).as(describe(problems)).isEmpty();
  }

  @Test
  void everyFormIsReferencedByABpmn() {
    Set<String> referenced = new TreeSet<>();
    List<String> parseProblems = new ArrayList<>();
    for (ModelFile file : bpmnFiles()) {
      BpmnModelInstance model = parse(file.name(), file.content(), parseProblems);
      if (model != null) {
        referenced.addAll(formRefs(model));
      }
    }
    List<String> problems = formFiles().stream().filter(form -> !referenced.contains(form.stem()))
        .map(form -> form.name() + ": is not referenced by any camunda:formRef in processes/ (unused form)")
        .toList();
    assertThat(problems).as(describe(problems)).isEmpty();
  }

  interface BpmnCheck {
    List<String> check(String file, BpmnModelInstance model);
  }

  static List<String> bpmnProblems(BpmnCheck check) {
    List<String> problems = new ArrayList<>();
    for (ModelFile file : bpmnFiles()) {
      BpmnModelInstance model = parse(file.name(), file.content(), problems);
      if (model != null) {
        problems.addAll(check.check(file.name(), model));
      }
    }
    return problems;
  }

  // ---------------------------------------------------------------- the checks can fail

  static final String BAD_MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          id="definitions_bad" targetNamespace="http://nordjylland.dk/governance/test">
        <bpmn:process id="badProcess" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="startEvent_begin" name="Start">
            <bpmn:outgoing>flow_toTask</bpmn:outgoing>
          </bpmn:startEvent>
          <bpmn:userTask id="%s" name="Gør noget" %s camunda:dueDate="P2D" camunda:formRef="known-form" camunda:formRefBinding="deployment">
            <bpmn:incoming>flow_toTask</bpmn:incoming>
            <bpmn:outgoing>flow_toEnd</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:endEvent id="endEvent_done" name="Slut">
            <bpmn:incoming>flow_toEnd</bpmn:incoming>
          </bpmn:endEvent>
          <bpmn:sequenceFlow id="flow_toTask" sourceRef="startEvent_begin" targetRef="%1$s" />
          <bpmn:sequenceFlow id="flow_toEnd" sourceRef="%1$s" targetRef="endEvent_done" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Test
  void theCheckerCatchesABadModel() {
    String bad = BAD_MODEL.formatted("Activity_0x1y2z", "");

    List<String> problems = checkBpmn("processes/bad.bpmn", bad, Set.of("known-form"));

    assertThat(problems).as(describe(problems))
        .anySatisfy(p -> assertThat(p).contains("processes/bad.bpmn", "Activity_0x1y2z", "Modeler default id"))
        .anySatisfy(p -> assertThat(p).contains("processes/bad.bpmn", "Activity_0x1y2z", "camunda:candidateGroups"));
    assertThat(checkBpmn("processes/bad.bpmn", bad.replace(" camunda:dueDate=\"P2D\"", ""), Set.of("known-form")))
        .anySatisfy(p -> assertThat(p).contains("Activity_0x1y2z", "camunda:dueDate"));
  }

  @Test
  void theCheckerAcceptsTheCorrectedModel() {
    String good = BAD_MODEL.formatted("userTask_doSomething", "camunda:candidateGroups=\"fu-secretariat\"");

    assertThat(checkBpmn("processes/good.bpmn", good, Set.of("known-form"))).isEmpty();
  }

  @Test
  void theCheckerCatchesMoreBpmnProblems() {
    String bad = BAD_MODEL.formatted("userTask_doSomething", "camunda:candidateGroups=\"fu-secretariat\"")
        .replace(" camunda:historyTimeToLive=\"P1D\"", "")
        .replace("camunda:formRefBinding=\"deployment\"", "camunda:formRefBinding=\"latest\"")
        .replace("id=\"endEvent_done\"", "id=\"userTask_done\"")
        .replace("targetRef=\"endEvent_done\"", "targetRef=\"userTask_done\"")
        .replace("id=\"flow_toEnd\"", "id=\"SequenceFlow_toEnd\"")
        .replace("<bpmn:outgoing>flow_toEnd</bpmn:outgoing>", "<bpmn:outgoing>SequenceFlow_toEnd</bpmn:outgoing>")
        .replace("<bpmn:incoming>flow_toEnd</bpmn:incoming>", "<bpmn:incoming>SequenceFlow_toEnd</bpmn:incoming>")
        .replace("</bpmn:process>", """
              <bpmn:serviceTask id="serviceTask_fat" name="Tyk" camunda:class="dk.Fat" />
            </bpmn:process>
            <bpmn:message id="message_approved" name="approved" />""");

    List<String> problems = checkBpmn("processes/bad.bpmn", bad, Set.of("other-form"));

    assertThat(problems).as(describe(problems))
        .anySatisfy(p -> assertThat(p).contains("badProcess", "historyTimeToLive"))
        .anySatisfy(p -> assertThat(p).contains("userTask_doSomething", "formRefBinding"))
        .anySatisfy(p -> assertThat(p).contains("userTask_doSomething", "known-form", "not in forms/"))
        .anySatisfy(p -> assertThat(p).contains("userTask_done", "endEvent", "prefix of a UserTask"))
        .anySatisfy(p -> assertThat(p).contains("SequenceFlow_toEnd", "flow_<camelCase>"))
        .anySatisfy(p -> assertThat(p).contains("serviceTask_fat", "delegateExpression"))
        .anySatisfy(p -> assertThat(p).contains("message_approved", "namespaced"));
  }

  @Test
  void theCheckerWantsAScreenThatExistsAndNoOtherFormKey() {
    String base = BAD_MODEL.formatted("userTask_doSomething", "camunda:candidateGroups=\"fu-secretariat\"");
    String missingScreen = base.replace("camunda:formRef=\"known-form\" camunda:formRefBinding=\"deployment\"",
        "camunda:formKey=\"/screens/no-such-screen\"");
    String otherKey = base.replace("camunda:formRef=\"known-form\" camunda:formRefBinding=\"deployment\"",
        "camunda:formKey=\"embedded:app:forms/x.html\"");
    String existingScreen = base.replace("camunda:formRef=\"known-form\" camunda:formRefBinding=\"deployment\"",
        "camunda:formKey=\"/screens/approve-agenda\"");

    assertThat(checkBpmn("processes/s.bpmn", missingScreen, Set.of("known-form")))
        .singleElement().asString().contains("userTask_doSomething", "/screens/no-such-screen", "missing");
    assertThat(checkBpmn("processes/s.bpmn", otherKey, Set.of("known-form")))
        .singleElement().asString().contains("embedded:app:forms/x.html", "only task screens");
    assertThat(checkBpmn("processes/s.bpmn", existingScreen, Set.of("known-form"))).isEmpty();
  }

  @Test
  void theCheckerCatchesNumberedSlots() {
    String slotted = """
        {"id": "slotted", "type": "default", "schemaVersion": 16, "components": [
          {"type": "textfield", "id": "field_item1Decision", "key": "item1Decision", "label": "Beslutning 1"},
          {"type": "textfield", "id": "field_remarks2", "key": "remarks2", "label": "Bemærkninger"}
        ]}""";

    assertThat(checkForm("forms/slotted.form", "slotted", slotted)).singleElement().asString()
        .contains("item1Decision", "numbered slot");
  }

  @Test
  void theCheckerReportsUnparseableBpmn() {
    List<String> problems = checkBpmn("processes/broken.bpmn", "<bpmn:definitions", Set.of());

    assertThat(problems).singleElement().asString().contains("processes/broken.bpmn", "does not parse");
  }

  @Test
  void theCheckerCatchesABadForm() {
    String bad = """
        {"id": "Form_0abc123", "type": "custom", "schemaVersion": 17, "components": [
          {"type": "textfield", "id": "Field_1x2y3z4", "key": "name"},
          {"type": "textfield", "key": "noId"},
          {"type": "dynamiclist", "id": "list_a", "path": "a", "components": [
            {"type": "textfield", "id": "field_same", "key": "x"}]},
          {"type": "dynamiclist", "id": "list_b", "path": "b", "components": [
            {"type": "textfield", "id": "field_same", "key": "x"}]}
        ]}""";

    List<String> problems = checkForm("forms/my-form.form", "my-form", bad);

    assertThat(problems).as(describe(problems))
        .anySatisfy(p -> assertThat(p).contains("forms/my-form.form", "Form_0abc123", "my-form"))
        .anySatisfy(p -> assertThat(p).contains("schemaVersion 17"))
        .anySatisfy(p -> assertThat(p).contains("type is 'custom'"))
        .anySatisfy(p -> assertThat(p).contains("Field_1x2y3z4", "Modeler default"))
        .anySatisfy(p -> assertThat(p).contains("noId", "has no id"))
        .anySatisfy(p -> assertThat(p).contains("field_same", "used twice"))
        .noneSatisfy(p -> assertThat(p).contains("bound twice"));
    assertThat(checkForm("forms/x.form", "x", "{not json")).singleElement().asString().contains("not valid JSON");
  }

  @Test
  void theCheckerRefusesAUsDateFieldAndADateFieldWithoutTheDanishFormat() {
    String form = """
        {"id": "dates", "type": "default", "schemaVersion": 16, "components": [
          {"type": "datetime", "id": "field_us", "key": "usDate", "subtype": "date", "label": "Frist"},
          {"type": "textfield", "id": "field_bare", "key": "bareDate", "label": "Frist"},
          {"type": "textfield", "id": "field_ok", "key": "okDate", "label": "Frist (dd-mm-åååå)",
           "validate": {"pattern": %s}}
        ]}""".formatted(JSON.valueToTree(DanishDates.FORM_PATTERN).toString());

    List<String> problems = checkForm("forms/dates.form", "dates", form);

    assertThat(problems).as(describe(problems)).hasSize(3)
        .anySatisfy(p -> assertThat(p).contains("usDate", "mm/dd/yyyy"))
        .anySatisfy(p -> assertThat(p).contains("bareDate", "does not say the format"))
        .anySatisfy(p -> assertThat(p).contains("bareDate", "DanishDates.FORM_PATTERN"))
        .noneSatisfy(p -> assertThat(p).contains("okDate"));
  }
}
