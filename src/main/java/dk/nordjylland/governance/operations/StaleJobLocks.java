package dk.nordjylland.governance.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the embedded H2 database (one node: the file is locked by the process that opened it), every job lock found at
 * start-up was left by a process that is gone: killed or crashed while it held acquired jobs. Camunda would leave
 * them until the lock expires (five minutes, plus the next acquisition), so after a crash the pending mails went out
 * some six minutes late (issue 13). They are released before the job executor starts, so it takes them at once.
 *
 * <p>Not on PostgreSQL: there other nodes share the table and their locks are alive; a dead node's jobs are taken
 * over when its locks expire (cluster.TwoNodesOnPostgresTest).
 */
@Component
class StaleJobLocks extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(StaleJobLocks.class);

  private final JdbcClient jdbc;

  StaleJobLocks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration();
    if (!"h2".equals(configuration.getDatabaseType())) {
      return;
    }
    JobExecutor executor = configuration.getJobExecutor();
    // This node's own locks (none yet: its job executor starts after the deployment) are never touched.
    String ownLockOwner = executor == null ? "" : executor.getLockOwner();
    int released = jdbc.sql("update " + configuration.getDatabaseTablePrefix() + "ACT_RU_JOB"
            + " set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where LOCK_OWNER_ is not null and LOCK_OWNER_ <> ?")
        .param(ownLockOwner).update();
    if (released > 0) {
      LOG.warn("Released {} job lock(s) left by an earlier run that did not stop normally; the jobs run now", released);
    }
  }
}
