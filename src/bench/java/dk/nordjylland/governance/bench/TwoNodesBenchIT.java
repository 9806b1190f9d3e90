package dk.nordjylland.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 6: job throughput of one node against two nodes on one PostgreSQL. The nodes are the packaged jar
 * with the postgres profile (job executor as configured there). The benchmark's own engine (job executor off)
 * creates N instances of a process with one asynchronous continuation while its job definition is suspended,
 * then activates them all at once; throughput = jobs / time from the first job done to the last.
 */
class TwoNodesBenchIT {

  static final int JOBS = 3_000;

  @Test
  void jobThroughputOfTwoNodesAgainstOne() throws Exception {
    if (!Machine.wanted("nodes") || !Machine.list("bench.db", "h2,postgres").contains("postgres")) {
      return;
    }
    EmbeddedPostgres postgres = Databases.postgres();
    try (HikariDataSource dataSource = Databases.open("postgres", "nodes")) {
      StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
      cfg.setProcessEngineName("creator");
      cfg.setDataSource(dataSource);
      cfg.setDatabaseSchemaUpdate("true");
      cfg.setHistory("full");
      cfg.setIdGenerator(new StrongUuidGenerator());
      cfg.setJobExecutorActivate(false);
      ProcessEngine engine = cfg.buildProcessEngine();
      engine.getRepositoryService().createDeployment().addModelInstance("bench-jobs.bpmn",
          Bpmn.createExecutableProcess("benchJobs").camundaHistoryTimeToLive(1).startEvent()
              .serviceTask("serviceTask_noOp").camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
          .deploy();
      JobDefinition definition = engine.getManagementService().createJobDefinitionQuery()
          .processDefinitionKey("benchJobs").singleResult();

      Map<String, String> env = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
          "GOVERNANCE_DB_URL", postgres.getJdbcUrl("postgres", "postgres"), "GOVERNANCE_DB_USER", "postgres",
          "GOVERNANCE_DB_PASSWORD", "", "GOVERNANCE_ADMIN_PASSWORD", "bench-admin");
      try {
        compare(engine, definition, env, null, null, "unpinned (nodes and PostgreSQL share both cores)");
        // Each node pinned to a core of its own, as if it were a 1-core machine; PostgreSQL is not pinned. One node
        // then has one core for its Java work however busy the machine is, and a second node brings a core with it.
        if (Node.canPin() && Runtime.getRuntime().availableProcessors() >= 2) {
          compare(engine, definition, env, "0", "1", "each node pinned to one core (taskset), PostgreSQL unpinned");
        }
      } finally {
        engine.close();
      }
    }
  }

  private static void compare(ProcessEngine engine, JobDefinition definition, Map<String, String> env,
      String firstCpus, String secondCpus, String setting) throws Exception {
    List<String> arguments = new java.util.ArrayList<>(List.of("--governance.cycle.auto-start=false",
        "--logging.level.root=warn"));
    arguments.addAll(Machine.list("bench.nodeArgs", ""));
    String[] args = arguments.toArray(String[]::new);
    try (Node first = Node.start("node-1", env, List.of(), Node.packagedJar(), firstCpus, args)) {
      first.awaitTasklist(180);
      run(engine, definition, null); // warm-up (JIT, pools), not counted
      double one = run(engine, definition, "1 node, " + setting);
      try (Node second = Node.start("node-2", env, List.of(), Node.packagedJar(), secondCpus, args)) {
        second.awaitTasklist(180);
        run(engine, definition, null); // warm-up of the second node
        double two = run(engine, definition, "2 nodes, " + setting);
        Results.add("6 job throughput", "postgres", "2 nodes / 1 node, " + setting, "speed-up", two / one, "ratio",
            "goal >= 1.6");
      }
    }
  }

  static double run(ProcessEngine engine, JobDefinition definition, String nodes) throws Exception {
    engine.getManagementService().suspendJobDefinitionById(definition.getId(), true);
    for (int i = 0; i < JOBS; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("benchJobs");
    }
    assertThat(engine.getManagementService().createJobQuery().jobDefinitionId(definition.getId()).suspended().count())
        .isEqualTo(JOBS);
    engine.getManagementService().activateJobDefinitionById(definition.getId(), true);
    long deadline = System.nanoTime() + 300_000_000_000L;
    long first = 0;
    long remainingAtFirst = JOBS;
    while (true) {
      long remaining = engine.getManagementService().createJobQuery().jobDefinitionId(definition.getId()).count();
      long now = System.nanoTime();
      if (first == 0 && remaining < JOBS) {
        first = now;
        remainingAtFirst = remaining;
      }
      if (remaining == 0) {
        double seconds = (now - first) / 1e9;
        double rate = remainingAtFirst / seconds;
        if (nodes != null) {
          Results.add("6 job throughput", "postgres", nodes, "jobs/s", rate, "1/s",
              remainingAtFirst + " async continuations in " + String.format(java.util.Locale.ROOT, "%.1f s", seconds));
        }
        return rate;
      }
      assertThat(now).as("jobs left after 5 minutes: %d", remaining).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  @AfterAll
  static void publish() {
    Results.publish();
  }
}
