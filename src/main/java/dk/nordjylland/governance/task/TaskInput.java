package dk.nordjylland.governance.task;

import dk.nordjylland.governance.validation.Problems;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The one way a task listener reads what its task submitted and who submitted it (ADR 0053). The screens, the
 * Tasklist's forms, our API and the engine REST API all complete a task with the variables its process declares
 * (e.g. {@code MeetingCycleProcess.AGENDA_REMARKS}); the listener reads them here and refuses bad input with
 * {@link Problems} ({@code new Problems().require(...).throwIfAny("Opgaven kan ikke fuldføres")}): a Danish 400,
 * the task left open and nothing saved.
 */
public final class TaskInput {

  /** Who did it when no person did: a process step, a timer, the demo data. */
  public static final String SYSTEM = "system";

  private TaskInput() {}

  /**
   * Who completes (or is completing) the task: the logged-in person first (screens, Tasklist, engine REST and our
   * API all run as them); without one (the Java API of tests and the demo, a timer) the task's assignee, whose task it
   * is; else {@link #SYSTEM}. Never null, so a history row always names someone.
   */
  public static String actor(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }

  /**
   * What was submitted under this name, or null; afterwards it is gone from the process, which keeps ids and the
   * gateways' flags only. {@code TaskService.complete} sets submitted values on the execution (where they may reach
   * the process instance, shared by parallel tasks); {@code FormService.submitTaskForm} sets a value on the task
   * when a task-local prefill of that name exists (e.g. approvalVersion). So: the execution's value first, then the
   * task's own.
   */
  public static Object submitted(DelegateTask task, String name) {
    DelegateExecution execution = task.getExecution();
    Object value = execution.getVariable(name);
    if (value == null) {
      value = task.getVariableLocal(name);
    }
    while (execution.hasVariable(name)) {
      execution.removeVariable(name);
    }
    task.removeVariableLocal(name);
    return value;
  }

  public static Object submitted(DelegateTask task, VariableFactory<?> field) {
    return submitted(task, field.getName());
  }

  /** A submitted text, or null when nothing was submitted; any other type is refused with a Danish message. */
  public static String text(DelegateTask task, VariableFactory<String> field) {
    Object value = submitted(task, field);
    new Problems()
        .require(value == null || value instanceof String, "Feltet '" + field.getName() + "' skal være tekst.")
        .throwIfAny("Opgaven kan ikke fuldføres");
    return (String) value;
  }

  /** Whether a checkbox was ticked (submitted as true); anything else, nothing included, is no. */
  public static boolean checked(DelegateTask task, VariableFactory<Boolean> field) {
    return Boolean.TRUE.equals(submitted(task, field));
  }
}
