package dk.nordjylland.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.GovernanceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark 1: full meeting cycles per second through the public API (our /api and Camunda's /engine-rest with
 * HTTP Basic), with 1 and 4 client threads, on H2 (this class) and PostgreSQL (the subclass). First 4 threads run
 * {@code bench.warmup} cycles each that are not counted (JIT, caches); the time includes the mail deliveries the cycles queue as jobs.
 */
@GovernanceTest
@ActiveProfiles({"test", "bench"})
@EnabledIf("enabled")
class CycleThroughputBenchIT {

  @Autowired ApiMeetingCycle cycle;
  @Autowired ProcessEngine engine;

  static boolean enabled() {
    return Machine.list("bench.db", "h2").contains("h2") && Machine.wanted("cycles");
  }

  String db() {
    return "h2";
  }

  @Test
  void meetingCyclesPerSecondThroughTheApi() throws Exception {
    int perThread = Machine.integer("bench.cycles", 10);
    run(4, Machine.integer("bench.warmup", 3)); // warm-up: JIT, caches, pools
    for (int threads : new int[] {1, 4}) {
      long start = System.nanoTime();
      long cpu = Machine.cpuNanos();
      List<Long> latencies = run(threads, perThread);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuMs = (Machine.cpuNanos() - cpu) / 1e6;
      int cycles = threads * perThread;
      Results.add("1 cycles via API", db(), threads + " client thread(s)", "cycles/s", cycles / seconds, "1/s",
          cycles + " cycles of 15 items in " + String.format(java.util.Locale.ROOT, "%.1f s", seconds));
      Results.add("1 cycles via API", db(), threads + " client thread(s)", "mean cycle latency",
          latencies.stream().mapToLong(Long::longValue).average().orElseThrow() / 1e6, "ms", null);
      Results.add("1 cycles via API", db(), threads + " client thread(s)", "CPU per cycle", cpuMs / cycles, "ms",
          "whole JVM: HTTP client, server, engine, jobs, GC");
    }
  }

  /** Runs the cycles and waits until the mail jobs they queued are done; returns each cycle's latency. */
  List<Long> run(int threads, int perThread) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          List<Long> latencies = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            String meeting = cycle.plan();
            long s = System.nanoTime();
            cycle.run(meeting);
            latencies.add(System.nanoTime() - s);
          }
          return latencies;
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : futures) {
        all.addAll(f.get());
      }
      waitForJobs(engine);
      return all;
    } finally {
      pool.shutdown();
    }
  }

  static void waitForJobs(ProcessEngine engine) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    while (engine.getManagementService().createJobQuery().executable().count() > 0) {
      assertThat(System.currentTimeMillis()).as("jobs still executable after 2 minutes").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @AfterAll
  static void publish() {
    Results.publish();
  }
}
