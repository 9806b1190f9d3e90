package dk.nordjylland.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.GovernanceTest;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark 4: the Tasklist's task queries through Camunda's REST API with HTTP Basic, p50 and p95, with 1 and
 * with 10 years of history (HistoryGenerator) beside the same live work: 4 meetings run through the whole cycle
 * (16 open follow-up tasks), 12 cycles open at the call for items, a third of the open tasks overdue. Then the heap
 * after the 10-year load (benchmark 5).
 */
@GovernanceTest
@ActiveProfiles({"test", "bench"})
@EnabledIf("enabled")
class TaskQueryBenchIT {

  static final int WARM_UP = 50;
  static final int SAMPLES = 300;

  @Autowired ApiMeetingCycle cycle;
  @Autowired MeetingCycleStarter starter;
  @Autowired ApiClient api;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;

  static boolean enabled() {
    return Machine.list("bench.db", "h2").contains("h2") && Machine.wanted("queries");
  }

  String db() {
    return "h2";
  }

  @Test
  void taskQueriesWithOneAndTenYearsOfHistory() throws Exception {
    for (int i = 0; i < 4; i++) {
      cycle.run(cycle.plan());
    }
    for (int i = 0; i < 12; i++) {
      starter.start(cycle.plan()).orElseThrow();
    }
    List<String> taskIds = jdbc.sql("select id_ from act_ru_task order by id_").query(String.class).list();
    for (int i = 0; i < taskIds.size(); i += 3) {
      jdbc.sql("update act_ru_task set due_date_ = ? where id_ = ?")
          .params(Timestamp.valueOf(LocalDateTime.now().minusDays(3)), taskIds.get(i)).update();
    }
    long open = engine.getTaskService().createTaskQuery().count();
    long overdue = engine.getTaskService().createTaskQuery().dueBefore(new Date()).count();
    assertThat(overdue).isPositive().isLessThan(open);

    HistoryGenerator history = new HistoryGenerator(jdbc, db().equals("postgres"));
    List<Integer> years = Machine.list("bench.years", "1,10").stream().map(Integer::parseInt).sorted().toList();
    int generated = 0;
    for (int target : years) {
      long start = System.nanoTime();
      for (; generated < target; generated++) {
        history.year(generated);
      }
      analyze();
      double seconds = (System.nanoTime() - start) / 1e9;
      long tasks = jdbc.sql("select count(*) from act_hi_taskinst").query(Long.class).single();
      String parameter = target + (target == 1 ? " year" : " years");
      Results.add("4 history generation", db(), parameter, "seconds", seconds, "s",
          tasks + " historic tasks, " + jdbc.sql("select count(*) from gov_item").query(Long.class).single()
              + " items, " + jdbc.sql("select count(*) from gov_meeting").query(Long.class).single() + " meetings");

      String member = "jens.bach"; // FFU member, PLO chairmanship: owns follow-up tasks
      String groups = String.join(",", StreamSupport.stream(api.body(api.get("/engine-rest/group?member=" + member,
          member)).spliterator(), false).map(g -> g.get("id").asText()).toList());
      measure(parameter + ", member group tasks", member,
          "/engine-rest/task?candidateGroups=" + groups + "&firstResult=0&maxResults=50&sortBy=created&sortOrder=desc",
          open - overdue > 0);
      measure(parameter + ", overdue (secretariat)", "karen.lund",
          "/engine-rest/task?dueBefore=" + nowInUtc() + "&firstResult=0&maxResults=50&sortBy=dueDate&sortOrder=asc",
          true);
    }
    System.gc();
    Thread.sleep(500);
    System.gc();
    Results.add("5 heap after load", db(), years.get(years.size() - 1) + " years",
        "heap used after GC", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0,
        "MiB", "the test JVM: application, engine caches, H2 in memory if h2");
  }

  /** Camunda's date format; "-0000" for UTC, since a "+" in a query string would be read as a space. */
  static String nowInUtc() {
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT);
    format.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
    return format.format(new Date()) + "-0000";
  }

  /** Lets PostgreSQL plan with the new row counts, as autovacuum would after a bulk load. */
  void analyze() {
    if (db().equals("postgres")) {
      jdbc.sql("analyze").update();
    }
  }

  void measure(String parameter, String user, String path, boolean expectTasks) {
    long[] nanos = new long[SAMPLES];
    int found = 0;
    long cpu = 0;
    for (int i = -WARM_UP; i < SAMPLES; i++) {
      long s = System.nanoTime();
      ResponseEntity<String> response = api.get(path, user);
      long d = System.nanoTime() - s;
      JsonNode tasks = api.body(response);
      if (i == 0) {
        cpu = Machine.cpuNanos();
      }
      if (i >= 0) {
        nanos[i] = d;
        found = tasks.size();
      }
    }
    assertThat(found > 0).as("%s finds tasks", parameter).isEqualTo(expectTasks);
    cpu = Machine.cpuNanos() - cpu;
    Arrays.sort(nanos);
    Results.add("4 task query", db(), parameter, "p50", nanos[SAMPLES / 2] / 1e6, "ms", found + " tasks returned");
    Results.add("4 task query", db(), parameter, "p95", nanos[SAMPLES * 95 / 100] / 1e6, "ms", "goal <= 50 ms");
    Results.add("4 task query", db(), parameter, "CPU per query", cpu / 1e6 / SAMPLES, "ms",
        "whole JVM: HTTP client and server");
  }

  @AfterAll
  static void publish() {
    Results.publish();
  }
}
