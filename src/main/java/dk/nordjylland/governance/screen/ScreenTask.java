package dk.nordjylland.governance.screen;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The open task a screen shows, as the logged-in person sees it: its name with forum and meeting, its process's
 * business key (the meeting, agreement or consultation id) and its variables, prefill included.
 */
public final class ScreenTask {

  private final Task task;
  private final String user;
  private final TaskService taskService;
  private final FormService formService;
  private Map<String, Object> variables;

  ScreenTask(Task task, String user, TaskService taskService, FormService formService) {
    this.task = task;
    this.user = user;
    this.taskService = taskService;
    this.formService = formService;
  }

  public String id() {
    return task.getId();
  }

  public String name() {
    return task.getName();
  }

  public String definitionKey() {
    return task.getTaskDefinitionKey();
  }

  public String processInstanceId() {
    return task.getProcessInstanceId();
  }

  /** The logged-in person's user id. */
  public String user() {
    return user;
  }

  public Date due() {
    return task.getDueDate();
  }

  /** A variable of the task (local first, then the process's), or null. */
  public Object variable(String name) {
    if (variables == null) {
      variables = taskService.getVariables(task.getId());
    }
    return variables.get(name);
  }

  public String text(String name) {
    Object value = variable(name);
    return value == null ? "" : value.toString();
  }

  /** A variable its process declares (ADR 0053), e.g. {@code MeetingCycleProcess.MEETING_ID}, or null. */
  public Object variable(VariableFactory<?> variable) {
    return variable(variable.getName());
  }

  /** A declared variable as text, "" when there is none (a view's text, e.g. {@code MEETING_TITLE}). */
  public String text(VariableFactory<?> variable) {
    return text(variable.getName());
  }

  /**
   * Completes the task as the Tasklist's form submission does (FormService.submitTaskForm): the values are set
   * through the task, so a task-local variable of the same name (a view's prefill, e.g. approvalVersion) takes the
   * submitted value instead of hiding it, as {@link #complete} would. The task listeners' checks apply.
   */
  public void completeAsForm(Map<String, Object> submitted) {
    formService.submitTaskForm(task.getId(), submitted);
  }

  /** Completes the task as the logged-in person; the task listeners' checks apply. */
  public void complete(Map<String, Object> submitted) {
    taskService.complete(task.getId(), submitted);
  }
}
