package dk.nordjylland.governance.security.enginerest;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * The task operations our rules allow but Camunda's authorizations do not express: a secretariat handing a task to
 * a fellow candidate or giving it back, and a candidate setting its follow-up date (Camunda: TASK_ASSIGN or UPDATE
 * on the task, which would also let them change everything else), and a candidate commenting on the task (Camunda's
 * REST resource first reads the task's history, which needs READ_HISTORY on the whole process definition). The guard has
 * checked the rule; the command runs as the caller (so history and the operation log name them) without Camunda's
 * authorization check.
 */
@Component
class TrustedTaskOperations {

  private final ProcessEngineConfigurationImpl configuration;
  private final IdentityService identityService;

  TrustedTaskOperations(ProcessEngineConfigurationImpl configuration, IdentityService identityService) {
    this.configuration = configuration;
    this.identityService = identityService;
  }

  void assign(String taskId, String operation, String userId, Caller caller) {
    Command<?> command = switch (operation) {
      case "claim" -> new ClaimTaskCmd(taskId, userId);
      case "delegate" -> new DelegateTaskCmd(taskId, userId);
      default -> new AssignTaskCmd(taskId, userId);
    };
    asCaller(caller, command);
  }

  void followUp(String taskId, Date date, Caller caller) {
    asCaller(caller, new SetTaskFollowUpDateCmd(taskId, date));
  }

  Comment comment(String taskId, String processInstanceId, String message, Caller caller) {
    return asCaller(caller, new AddCommentCmd(taskId, processInstanceId, message));
  }

  private <T> T asCaller(Caller caller, Command<T> command) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(caller.userId(), List.copyOf(caller.groups()));
    try {
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        context.disableAuthorizationCheck();
        try {
          return command.execute(context);
        } finally {
          context.enableAuthorizationCheck();
        }
      });
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }
}
