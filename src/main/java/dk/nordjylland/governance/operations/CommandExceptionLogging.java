package dk.nordjylland.governance.operations;

import dk.nordjylland.governance.validation.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine logs every failed command at ERROR with its stack trace (ENGINE-16004) unless the exception itself is a
 * BadUserRequestException. Our Danish validation errors (UserInputException) thrown in a task listener arrive
 * wrapped by the engine, so each rejected form submission was an ERROR with a trace of hundreds of lines. This
 * takes over the engine's command exception logging with the engine's own rules, except that a rejected input is one
 * INFO line with its Danish message.
 */
@Component
class CommandExceptionLogging extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CommandExceptionLogging.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableCmdExceptionLogging(false);
    configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> all = new ArrayList<>();
    all.add(new Logging());
    if (interceptors != null) {
      all.addAll(interceptors);
    }
    return all;
  }

  /** Outermost, so it sees a command's failure once, after the transaction has been rolled back. */
  static final class Logging extends CommandInterceptor {

    /** A command run inside another one fails into it: only the outermost logs (as the engine's context did). */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T execute(Command<T> command) {
      int[] depth = DEPTH.get();
      depth[0]++;
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        if (depth[0] == 1) {
          log(e);
        }
        throw e;
      } finally {
        if (--depth[0] == 0) {
          DEPTH.remove();
        }
      }
    }

    static void log(RuntimeException e) {
      Optional<UserInputException> input = UserInputException.in(e);
      if (input.isPresent()) {
        LOG.info("Refused input: {}", input.get().getMessage());
      } else if (e instanceof TaskAlreadyClaimedException) {
        LOG.info("{}", e.getMessage());
      } else if (e instanceof OptimisticLockingException || e instanceof BadUserRequestException
          || e instanceof AuthorizationException) {
        LOG.debug("Command refused: {}", e.getMessage(), e);
      } else {
        LOG.error("Exception while executing an engine command: {}", e.getMessage(), e);
      }
    }
  }
}
