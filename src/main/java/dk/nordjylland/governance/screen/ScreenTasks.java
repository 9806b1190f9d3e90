package dk.nordjylland.governance.screen;

import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.identity.Directory;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open task behind a screen, and whether the logged-in person is the one to do it. */
@Component
class ScreenTasks {

  private final TaskService taskService;
  private final FormService formService;
  private final IdentityService identityService;
  private final Directory directory;
  private final AsSystem asSystem;

  ScreenTasks(TaskService taskService, FormService formService, IdentityService identityService, Directory directory,
      AsSystem asSystem) {
    this.taskService = taskService;
    this.formService = formService;
    this.identityService = identityService;
    this.directory = directory;
    this.asSystem = asSystem;
  }

  /** The open task with this form key, as the logged-in user may read it (engine authorizations apply). */
  Optional<Task> find(String taskId, String formKey) {
    if (taskId == null || taskId.isBlank()) {
      return Optional.empty();
    }
    Task task = taskService.createTaskQuery().taskId(taskId.strip()).initializeFormKeys().singleResult();
    return Optional.ofNullable(task).filter(t -> formKey.equals(t.getFormKey()));
  }

  /** The person the task is assigned to, or one of its candidates when nobody has taken it. */
  Access access(Task task, String user) {
    if (user.equals(task.getAssignee())) {
      return Access.MINE;
    }
    Set<String> groups = directory.groupsOf(user);
    boolean candidate = asSystem.call(() -> taskService.getIdentityLinksForTask(task.getId())).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> user.equals(link.getUserId()) || link.getGroupId() != null && groups.contains(link.getGroupId()));
    if (!candidate) {
      return Access.NOT_MINE;
    }
    return task.getAssignee() == null ? Access.MINE : Access.TAKEN;
  }

  ScreenTask screenTask(Task task, String user) {
    return new ScreenTask(task, user, taskService, formService);
  }

  /** "Lone Berg": the user's name as the Tasklist shows it. */
  String nameOf(String userId) {
    var user = asSystem.call(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  enum Access { MINE, TAKEN, NOT_MINE }

}
