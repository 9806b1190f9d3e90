package dk.nordjylland.governance.security.enginerest;

import dk.nordjylland.governance.identity.AsSystem;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open task a call addresses and its parties, read without the caller's authorizations. */
@Component
class Tasks {

  private final TaskService taskService;
  private final AsSystem asSystem;

  Tasks(TaskService taskService, AsSystem asSystem) {
    this.taskService = taskService;
    this.asSystem = asSystem;
  }

  Optional<Task> task(String taskId) {
    return asSystem.call(() -> Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult()));
  }

  Optional<TaskParties> parties(String taskId) {
    return asSystem.call(() -> task(taskId).map(t -> TaskParties.of(t, taskService.getIdentityLinksForTask(taskId))));
  }
}
