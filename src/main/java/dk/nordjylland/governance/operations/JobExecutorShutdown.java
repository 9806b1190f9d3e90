package dk.nordjylland.governance.operations;

import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration.JobConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * A node that stops (restart, deployment) first stops taking jobs and lets the jobs it is running finish, while the
 * database connections are still open. Without this, Spring closed the connection pool under running jobs: a mail
 * already handed to the SMTP server was rolled back and sent again by another node (cluster.TwoNodesOnPostgresTest).
 * Jobs the node had acquired but not started stay locked until their lock expires; then another node runs them.
 */
@Component
class JobExecutorShutdown {

  private static final Logger LOG = LoggerFactory.getLogger(JobExecutorShutdown.class);
  private static final long WAIT_SECONDS = 60;

  private final ObjectProvider<JobExecutor> jobExecutor;
  private final ObjectProvider<TaskExecutor> taskExecutor;

  JobExecutorShutdown(ObjectProvider<JobExecutor> jobExecutor,
      @Qualifier(JobConfiguration.CAMUNDA_TASK_EXECUTOR_QUALIFIER) ObjectProvider<TaskExecutor> taskExecutor) {
    this.jobExecutor = jobExecutor;
    this.taskExecutor = taskExecutor;
  }

  /** Before any bean is stopped or destroyed (ContextClosedEvent comes first). */
  @EventListener(ContextClosedEvent.class)
  void finishRunningJobs() {
    JobExecutor executor = jobExecutor.getIfUnique();
    if (executor == null || !executor.isActive()) {
      return;
    }
    executor.shutdown(); // stops acquisition; the Spring pool that runs the jobs is not Camunda's to stop
    if (taskExecutor.getIfUnique() instanceof ThreadPoolTaskExecutor pool) {
      drain(pool.getThreadPoolExecutor());
    }
  }

  private static void drain(ThreadPoolExecutor pool) {
    pool.shutdown(); // running and queued jobs finish, nothing new is taken
    try {
      if (!pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("Jobs still running after {} s at shutdown; another node takes them over when their lock expires",
            WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
