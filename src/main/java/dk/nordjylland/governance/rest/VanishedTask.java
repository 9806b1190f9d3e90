package dk.nordjylland.governance.rest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The other face of a lost race on PostgreSQL: a user's task is completed by someone else between reading it and
 * completing it, and the winner's commit has already removed the task's authorizations. The engine then reports a
 * missing permission on the task. If that task no longer exists, the user did nothing wrong: the answer is "the task
 * is gone", not "no access". On either database the losing request may also fail inside the engine on what the
 * winner removed (an execution found missing half-way through completing the task: a NullPointerException in the
 * engine): whatever went wrong on a request addressed to a task that is now gone, the answer is the same.
 */
final class VanishedTask {

  /** A REST path addressed to one task: /engine-rest[/engine/{name}]/task/{id}/{operation}; ids are UUIDs here. */
  private static final Pattern TASK_PATH = Pattern.compile("/task/([0-9a-fA-F-]{8,})/");

  private VanishedTask() {}

  /** The id of the task a failed request was addressed to, if that task no longer exists. */
  static Optional<String> addressedIn(String requestPath, ProcessEngine engine) {
    Matcher task = TASK_PATH.matcher(requestPath == null ? "" : requestPath);
    if (engine == null || !task.find() || exists(engine, task.group(1))) {
      return Optional.empty();
    }
    return Optional.of(task.group(1));
  }

  /** The id of the task the exception is about, if it no longer exists. */
  static Optional<String> in(Throwable exception, ProcessEngine engine) {
    if (!(exception instanceof AuthorizationException denied) || engine == null) {
      return Optional.empty();
    }
    for (MissingAuthorization missing : denied.getMissingAuthorizations()) {
      if (Resources.TASK.resourceName().equals(missing.getResourceType()) && missing.getResourceId() != null
          && !exists(engine, missing.getResourceId())) {
        return Optional.of(missing.getResourceId());
      }
    }
    return Optional.empty();
  }

  /** Without the user's authorization checks: whether the task is there at all. */
  private static boolean exists(ProcessEngine engine, String taskId) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.getTaskManager().findTaskById(taskId) != null);
  }
}
