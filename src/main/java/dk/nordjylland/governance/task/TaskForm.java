package dk.nordjylland.governance.task;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A user task's form as its process declares it (ADR 0053): the task's element id, the form it opens (one of our
 * screens, form key {@code /screens/<name>}, or a Camunda Form in forms/, {@code camunda:formRef}) and the form's
 * fields by name. Most fields are named like the variable the task submits; a screen field that is not a variable
 * (e.g. the choice "decision" a screen turns into agendaApproved) is declared by name; a Camunda Form also names the
 * texts it shows. ProcessContractTest checks each declaration against the model, the forms and the screens' templates.
 */
public record TaskForm(String elementId, String screen, String formRef, List<String> fields, List<String> views) {

  public TaskForm {
    fields = List.copyOf(fields);
    views = List.copyOf(views);
  }

  public static TaskForm screen(String elementId, String screen) {
    return new TaskForm(elementId, screen, null, List.of(), List.of());
  }

  public static TaskForm camundaForm(String elementId, String formRef) {
    return new TaskForm(elementId, null, formRef, List.of(), List.of());
  }

  /** Fields named like the variables they submit. */
  public TaskForm with(VariableFactory<?>... variables) {
    return withFields(Arrays.stream(variables).map(VariableFactory::getName).toArray(String[]::new));
  }

  /** Fields of the form that are not variables of the process. */
  public TaskForm withFields(String... names) {
    List<String> all = new ArrayList<>(fields);
    all.addAll(List.of(names));
    return new TaskForm(elementId, screen, formRef, all, views);
  }

  /** The task-local texts a Camunda Form shows ({{name}} in its text components), set by the task's view listener. */
  public TaskForm showing(VariableFactory<?>... variables) {
    List<String> all = new ArrayList<>(views);
    Arrays.stream(variables).map(VariableFactory::getName).forEach(all::add);
    return new TaskForm(elementId, screen, formRef, fields, all);
  }

  /** The user task's camunda:formKey for a screen, else null. */
  public String formKey() {
    return screen == null ? null : "/screens/" + screen;
  }
}
