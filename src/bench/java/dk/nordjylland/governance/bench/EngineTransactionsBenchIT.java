package dk.nordjylland.governance.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 3: engine transactions per second on PostgreSQL beside a plain JDBC loop that commits once per
 * iteration on the same server (the limit for an engine that commits every step). One engine transaction is
 * one started instance of a process start -> end with full history (a process instance, two activity
 * instances, one commit).
 */
class EngineTransactionsBenchIT {

  static final int SECONDS = 5;

  @Test
  void engineTransactionsBesidePlainJdbcCommits() throws Exception {
    if (!Machine.wanted("tx") || !Machine.list("bench.db", "h2,postgres").contains("postgres")) {
      return;
    }
    try (HikariDataSource dataSource = Databases.open("postgres", "tx")) {
      ProcessEngine engine = BareEngine.start(dataSource, "tx");
      try {
        engine.getRepositoryService().createDeployment().addModelInstance("bench-tx.bpmn",
            Bpmn.createExecutableProcess("benchTx").camundaHistoryTimeToLive(1).startEvent().endEvent().done())
            .deploy();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
          s.execute("create table if not exists bench_tx (id bigint primary key, at timestamp not null,"
              + " payload varchar(200))");
        }
        AtomicLong ids = new AtomicLong();
        for (int threads : new int[] {1, 4}) {
          loop(threads, 1, () -> engine.getRuntimeService().startProcessInstanceByKey("benchTx"));
          double engineRate = loop(threads, SECONDS,
              () -> engine.getRuntimeService().startProcessInstanceByKey("benchTx"));
          double jdbcRate = loop(threads, SECONDS, () -> {
            try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("insert into bench_tx (id, at, payload) values (?, now(), ?)")) {
              c.setAutoCommit(false);
              p.setLong(1, ids.incrementAndGet());
              p.setString(2, "one commit");
              p.executeUpdate();
              c.commit();
            }
            return null;
          });
          Results.add("3 engine transactions", "postgres", threads + " thread(s)", "engine tx/s", engineRate, "1/s",
              "start->end instance, full history");
          Results.add("3 plain JDBC commits", "postgres", threads + " thread(s)", "commits/s", jdbcRate, "1/s",
              "one insert + commit");
          Results.add("3 engine vs JDBC", "postgres", threads + " thread(s)", "engine tx / JDBC commit",
              engineRate / jdbcRate, "ratio", null);
        }
      } finally {
        engine.close();
      }
    }
  }

  interface Step {
    Object run() throws Exception;
  }

  /** Runs the step on the threads for the given seconds; returns steps per second. */
  static double loop(int threads, int seconds, Step step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong count = new AtomicLong();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          while (System.nanoTime() < end) {
            step.run();
            count.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return count.get() / ((System.nanoTime() - start) / 1e9);
  }

  @AfterAll
  static void publish() {
    Results.publish();
  }
}
