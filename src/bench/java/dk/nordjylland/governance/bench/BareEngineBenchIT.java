package dk.nordjylland.governance.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 2: the meeting cycle's models on a bare engine (no application code) on the same database kinds, with
 * 1 and 4 threads and the same number of cycles as benchmark 1. The overhead ratio (bare cycles/s divided by ours)
 * is derived in the table.
 */
class BareEngineBenchIT {

  @Test
  void meetingCyclesPerSecondOnABareEngine() throws Exception {
    if (!Machine.wanted("bare")) {
      return;
    }
    for (String db : Machine.list("bench.db", "h2,postgres")) {
      try (HikariDataSource dataSource = Databases.open(db, "bare")) {
        ProcessEngine engine = BareEngine.start(dataSource, "bare-" + db);
        try {
          BareMeetingCycle cycle = new BareMeetingCycle(engine);
          int perThread = Machine.integer("bench.cycles", 10);
          run(engine, cycle, 4, Machine.integer("bench.warmup", 3) * 4); // warm-up: JIT, caches, pools
          for (int threads : new int[] {1, 4}) {
            long start = System.nanoTime();
            long cpu = Machine.cpuNanos();
            run(engine, cycle, threads, perThread);
            double seconds = (System.nanoTime() - start) / 1e9;
            int cycles = threads * perThread;
            Results.add("2 bare engine cycles", db, threads + " client thread(s)", "CPU per cycle",
                (Machine.cpuNanos() - cpu) / 1e6 / cycles, "ms", "whole JVM");
            Results.add("2 bare engine cycles", db, threads + " client thread(s)", "cycles/s", cycles / seconds,
                "1/s", cycles + " cycles in " + String.format(Locale.ROOT, "%.2f s", seconds) + ", Java API");
          }
        } finally {
          engine.close();
        }
      }
    }
  }

  static void run(ProcessEngine engine, BareMeetingCycle cycle, int threads, int perThread) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            cycle.run();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      CycleThroughputBenchIT.waitForJobs(engine);
    } finally {
      pool.shutdown();
    }
  }

  @AfterAll
  static void publish() {
    Results.publish();
  }
}
