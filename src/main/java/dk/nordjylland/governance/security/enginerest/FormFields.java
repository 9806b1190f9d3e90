package dk.nordjylland.governance.security.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.identity.AsSystem;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The fields of the Camunda Form (forms/*.form, deployed with the process) a task or a start event shows: what a
 * person may submit. Read once per process definition and element (a deployed form never changes).
 */
@Component
class FormFields {

  /** Components that show something but hold no value of their own. */
  private static final Set<String> NO_VALUE = Set.of("text", "html", "button", "spacer", "separator", "image",
      "group", "iframe", "table", "dynamiclist");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A task done on our own screen (ADR 0033): its input is checked there, not submitted to the engine. */
  static final String SCREEN_PREFIX = "/screens/";

  private final FormService formService;
  private final TaskService taskService;
  private final AsSystem asSystem;
  private final Map<String, Fields> cache = new ConcurrentHashMap<>();

  FormFields(FormService formService, TaskService taskService, AsSystem asSystem) {
    this.formService = formService;
    this.taskService = taskService;
    this.asSystem = asSystem;
  }

  /** The open task's form fields; empty if there is no such task (Camunda then answers 404 itself). */
  Optional<Fields> ofTask(String taskId) {
    return asSystem.call(() -> {
      Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
      if (task == null) {
        return Optional.empty();
      }
      if (task.getFormKey() != null && task.getFormKey().startsWith(SCREEN_PREFIX)) {
        return Optional.of(Fields.SCREEN);
      }
      if (task.getCamundaFormRef() == null) {
        return Optional.of(Fields.NONE);
      }
      return Optional.of(cache.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
          k -> read(() -> formService.getDeployedTaskForm(taskId))));
    });
  }

  /** Whether the process is started on our own screen (its start form key is {@code /screens/...}, ADR 0038). */
  boolean startsOnScreen(String processDefinitionId) {
    return asSystem.call(() -> cache.computeIfAbsent(processDefinitionId + "/start-screen", k -> {
      String key = formService.getStartFormKey(processDefinitionId);
      return key != null && key.startsWith(SCREEN_PREFIX) ? Fields.SCREEN : Fields.NONE;
    })) == Fields.SCREEN;
  }

  /** The start form's fields of a process definition. */
  Fields ofStart(String processDefinitionId) {
    return asSystem.call(() -> cache.computeIfAbsent(processDefinitionId + "/start",
        k -> read(() -> formService.getDeployedStartForm(processDefinitionId))));
  }

  private static Fields read(Supplier<InputStream> form) {
    try (InputStream in = form.get()) {
      return Fields.of(JSON.readTree(in));
    } catch (ProcessEngineException | IOException e) {
      return Fields.NONE;
    }
  }

  /** A form's id, its editable field keys and its read-only ones (shown with the current value, not to be changed). */
  record Fields(String formId, Set<String> editable, Set<String> readOnly) {

    static final Fields NONE = new Fields("", Set.of(), Set.of());
    static final Fields SCREEN = new Fields("screen", Set.of(), Set.of());

    static Fields of(JsonNode form) {
      Set<String> editable = new HashSet<>();
      Set<String> readOnly = new HashSet<>();
      collect(form, editable, readOnly);
      return new Fields(form.path("id").asText(""), Set.copyOf(editable), Set.copyOf(readOnly));
    }

    /** true, or an expression ("=...") that may be true: a field that is read-only at times counts as read-only. */
    private static boolean isSet(JsonNode flag) {
      return flag.asBoolean(false) || flag.isTextual() && flag.asText().startsWith("=");
    }

    private static void collect(JsonNode container, Set<String> editable, Set<String> readOnly) {
      for (JsonNode component : container.path("components")) {
        String key = component.path("key").asText(null);
        if (key != null && !NO_VALUE.contains(component.path("type").asText())) {
          boolean locked = isSet(component.path("readonly")) || isSet(component.path("disabled"));
          (locked ? readOnly : editable).add(key);
        }
        collect(component, editable, readOnly);
      }
    }
  }
}
