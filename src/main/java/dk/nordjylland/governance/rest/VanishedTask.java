package dk.nordjylland.governance.rest;

import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The other face of a lost race on PostgreSQL: a user's task is completed by someone else between reading it and
 * completing it, and the winner's commit has already removed the task's authorizations. The engine then reports a
 * missing permission on the task. If that task no longer exists, the user did nothing wrong: the answer is "the task
 * is gone", not "no access".
 */
final class VanishedTask {

  private VanishedTask() {}

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
