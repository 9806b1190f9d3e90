package dk.nordjylland.governance.cluster;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.ITEM_DEADLINE_ESCALATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.ITEM_DEADLINE_REMINDER;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.nordjylland.governance.GovernanceApplication;
import dk.nordjylland.governance.item.Screening;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.EmbeddedPostgresDatabase;
import dk.nordjylland.governance.support.TestMeetings;
import dk.nordjylland.governance.validation.ConcurrentChange;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two engine nodes on one PostgreSQL, as in production: two Spring Boot applications (each its own web server,
 * engine, job executor, connection pool and session store client) in this JVM, with job executors on and
 * deployment-aware off, sending mail to one SMTP server (GreenMail). The tests run in order on the same nodes:
 * jobs and timers exactly once across both, a task completed on one seen on the other, the same task completed on
 * both at once, 200 proposals spread over both, a web app session moving between them, a node stopped with locked
 * jobs, and a restart with timers that fell due while no node ran.
 *
 * <p>Exactly once is counted in the side effects, not inferred from "no exception": one outbox row per meeting and
 * kind, each sent once (attempts = 1), one mail per row at the SMTP server (distinct Message-IDs), and one successful
 * entry per job in the engine's job log, whose host name tells which node ran it.
 *
 * <p>What one JVM shares that two servers would not: Camunda's static engine registry (hence the engine names nodeA
 * and nodeB, which the REST API and web apps name in the path; the starter ignores names with a hyphen) and the engine
 * clock (ClockUtil), which the test moves for both nodes at once, ticking (offset), so that lock expiry works as in
 * real time.
 */
@Tag("isolated")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesOnPostgresTest {

  static final ZoneId ZONE = Clock.ZONE;
  /**
   * A node's lock on a job it acquired; after a crash the other node takes the job once this has passed. It must be
   * longer than a job may wait in its node's queue plus run, or the other node runs it too (Camunda's at-least-once;
   * production keeps the default 5 minutes). Short here, so that the take-over happens within the test.
   */
  static final int LOCK_TIME_MILLIS = 20_000;

  final ObjectMapper json = new ObjectMapper();
  final HttpClient client = HttpClient.newHttpClient();
  final ExecutorService threads = Executors.newFixedThreadPool(16);
  GreenMail smtp;
  JdbcClient db;
  Node a;
  Node b;

  /** One running node. */
  record Node(String name, ConfigurableApplicationContext context) {

    int port() {
      return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    ProcessEngine engine() {
      return context.getBean(ProcessEngine.class);
    }

    <T> T bean(Class<T> type) {
      return context.getBean(type);
    }

    String lockOwner() {
      return ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration()).getJobExecutor()
          .getLockOwner();
    }
  }

  @BeforeAll
  void startTwoNodes() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    DriverManagerDataSource dataSource = new DriverManagerDataSource(EmbeddedPostgresDatabase.jdbcUrl(), "postgres", "");
    db = JdbcClient.create(dataSource);
    travelTo(LocalDateTime.of(2034, 1, 2, 9, 0));
    a = start("nodeA", 8);
    b = start("nodeB", 2);
  }

  @AfterAll
  void stopNodes() {
    threads.shutdownNow();
    for (Node node : new Node[] {a, b}) {
      if (node != null && node.context().isActive()) {
        node.context().close();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
    Clock.reset();
  }

  /**
   * A node as production runs it (profile postgres), with a short lock time so that a stopped node's jobs are taken
   * over within the test, and a small job thread pool, so that a node holds acquired jobs it has not run yet.
   */
  Node start(String name, int jobsPerAcquisition) {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(GovernanceApplication.class)
        .profiles("test", "postgres")
        .run("--server.port=0",
            "--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl(),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--spring.datasource.hikari.maximum-pool-size=8",
            "--spring.datasource.hikari.minimum-idle=1",
            "--camunda.bpm.process-engine-name=" + name,
            // The job log records the host name of the node that ran each job.
            "--camunda.bpm.generic-properties.properties.hostname=" + name,
            "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.deployment-aware=false",
            "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
            "--camunda.bpm.job-execution.wait-time-in-millis=100",
            "--camunda.bpm.job-execution.max-wait=500",
            "--camunda.bpm.job-execution.max-jobs-per-acquisition=" + jobsPerAcquisition,
            "--camunda.bpm.job-execution.core-pool-size=1",
            "--camunda.bpm.job-execution.max-pool-size=1",
            "--camunda.bpm.job-execution.queue-capacity=1",
            // One SMTP server for both nodes, as in production.
            "--governance.mail.embedded-server.enabled=false",
            "--spring.mail.host=localhost",
            "--spring.mail.port=" + smtp.getSmtp().getPort());
    // Distinct names in Camunda's registry, or both nodes' REST APIs would reach the same engine.
    assertThat(context.getBean(ProcessEngine.class).getName()).isEqualTo(name);
    return new Node(name, context);
  }

  // ------------------------------------------------------------------------------------------------ jobs and timers

  @Test
  @Order(1)
  void everyJobAndTimerRunsExactlyOnceAcrossBothNodes() throws Exception {
    LocalDateTime meeting = LocalDateTime.of(2034, 3, 9, 12, 0);
    travelTo(meeting.minusDays(40));
    List<String> meetings = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Node node = i % 2 == 0 ? a : b;
      String id = node.bean(TestMeetings.class).create("ffu", meeting);
      assertThat(node.bean(MeetingCycleStarter.class).start(id)).contains(id);
      meetings.add(id);
    }
    awaitNoDueJobs(b);
    assertNotifications(meetings, Map.of("CALL_FOR_ITEMS", 1));

    // Both deadline timers of every meeting fall due at once: 20 timers, then 20 mails.
    travelTo(latestDueDate(meetings).plusMinutes(1));
    awaitNoDueJobs(b);

    assertNotifications(meetings, Map.of("CALL_FOR_ITEMS", 1, "REMINDER", 1, "ESCALATION", 1));
    for (String id : meetings) {
      String instance = processInstance(id);
      assertThat(countActivities(instance, ITEM_DEADLINE_REMINDER)).isEqualTo(1);
      assertThat(countActivities(instance, ITEM_DEADLINE_ESCALATION)).isEqualTo(1);
    }
    assertEveryJobRanOnceAndMailWasSentOnce();
    // The postgres profile's cluster setting: a node that loses an acquisition to the other backs off.
    for (Node node : List.of(a, b)) {
      var jobExecutor = ((ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration()).getJobExecutor();
      assertThat(jobExecutor.getBackoffTimeInMillis()).isEqualTo(25);
      assertThat(jobExecutor.getMaxBackoff()).isEqualTo(400);
    }
    // Both nodes did work: the job log names each.
    assertThat(db.sql("select distinct hostname_ from act_hi_job_log where job_state_ = 2").query(String.class)
        .list()).contains("nodeA", "nodeB");
  }

  // ------------------------------------------------------------------------------------------------ tasks

  @Test
  @Order(2)
  void aTaskCompletedOnOneNodeIsSeenOnTheOtherAndTheSameTaskCompletedOnBothAtOnceIsStoredOnce() throws Exception {
    LocalDateTime meeting = LocalDateTime.of(2034, 4, 6, 12, 0);
    travelTo(meeting.minusDays(40));
    String meetingId = a.bean(TestMeetings.class).create("ffu", meeting);
    a.bean(MeetingCycleStarter.class).start(meetingId).orElseThrow();

    String collect = taskId(a, meetingId, COLLECT_ITEMS, "karen.lund");
    // The call is closed on its screen (ADR 0036); here on node A through the Java API.
    a.engine().getTaskService().complete(collect, Map.of(CALL_CLOSED.getName(), true));
    // Node B: the screening task through Camunda's REST API (as the Tasklist shows it), the pipeline through ours.
    assertThat(taskId(b, meetingId, SCREEN_ITEMS, "mads.kjaer")).isNotBlank();
    assertThat(send(b, "GET", "/engine-rest/engine/nodeB/task/" + collect, "karen.lund", null).statusCode())
        .isEqualTo(404);
    assertThat(send(b, "GET", "/api/meetings/" + meetingId + "/pipeline", "mads.kjaer", null).statusCode())
        .isEqualTo(200);

    // The chair and a secretary screen another meeting at the same moment, one on each node (our API completes the
    // screening task, as its screen does).
    for (int round = 0; round < 3; round++) {
      String other = a.bean(TestMeetings.class).create("ffu", meeting);
      b.bean(MeetingCycleStarter.class).start(other).orElseThrow();
      a.engine().getTaskService().complete(taskId(a, other, COLLECT_ITEMS, "karen.lund"), Map.of(CALL_CLOSED.getName(),
          true));
      String path = "/api/meetings/" + other + "/screening";
      String screening = json.writeValueAsString(a.bean(Screening.class)
          .proposedScreening(other));
      List<HttpResponse<String>> answers = atOnce(() -> send(a, "POST", path, "karen.lund", screening),
          () -> send(b, "POST", path, "mads.kjaer", screening));
      assertThat(answers).extracting(HttpResponse::statusCode).containsOnlyOnce(200);
      HttpResponse<String> loser = answers.stream().filter(r -> r.statusCode() != 200).findFirst().orElseThrow();
      assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
      assertThat(json.readTree(loser.body()).get("detail").asText()).isIn(ConcurrentChange.MESSAGE,
          "Mødet '" + other + "' venter ikke på screening, eller du har ikke adgang til opgaven.");
      String instance = processInstance(other);
      assertThat(db.sql("select count(*) from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = ?"
          + " and end_time_ is not null").params(instance, SCREEN_ITEMS).query(Long.class).single()).isEqualTo(1);
      assertThat(db.sql("select count(*) from act_ru_task where proc_inst_id_ = ?").param(instance)
          .query(Long.class).single()).isEqualTo(1);
    }
  }

  @Test
  @Order(3)
  void twoHundredProposalsSpreadOverBothNodesAreAllStoredOnce() throws Exception {
    LocalDateTime meeting = LocalDateTime.of(2034, 5, 4, 12, 0);
    travelTo(meeting.minusDays(40));
    String meetingId = a.bean(TestMeetings.class).create("ffu", meeting);
    a.bean(MeetingCycleStarter.class).start(meetingId).orElseThrow();

    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      Node node = i % 2 == 0 ? a : b;
      String body = json.writeValueAsString(Map.of("forumId", "ffu", "meetingId", meetingId,
          "title", "Orientering: Forslag " + i + " via " + node.name()));
      sent.add(threads.submit(() -> send(node, "POST", "/api/items", "lone.berg", body)));
    }
    Set<Long> ids = new HashSet<>();
    for (Future<HttpResponse<String>> f : sent) {
      HttpResponse<String> response = f.get(120, TimeUnit.SECONDS);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      ids.add(json.readTree(response.body()).get("item").get("id").asLong());
    }
    assertThat(ids).hasSize(200);
    assertThat(db.sql("select id from gov_item where meeting_id = ? and not standing").param(meetingId)
        .query(Long.class).set()).isEqualTo(ids);
    assertThat(db.sql("select count(distinct title) from gov_item where meeting_id = ? and not standing")
        .param(meetingId).query(Long.class).single()).isEqualTo(200);
    assertThat(db.sql("select count(*) from gov_item_event where meeting_id = ? and kind = 'PROPOSED'")
        .param(meetingId).query(Long.class).single()).isEqualTo(200);
    assertThat(db.sql("select count(distinct item_id) from gov_item_event where meeting_id = ? and kind = 'PROPOSED'")
        .param(meetingId).query(Long.class).single()).isEqualTo(200);
  }

  // ------------------------------------------------------------------------------------------------ sessions

  /**
   * No sticky sessions: the web apps' login (Camunda's Authentications in the HTTP session) and CSRF token live in
   * the database (Spring Session JDBC), so node B serves the session node A created, and a logout on B ends it on A.
   */
  @Test
  @Order(4)
  void aWebAppSessionFromOneNodeWorksOnTheOtherWithItsCsrfToken() throws Exception {
    LocalDateTime meeting = LocalDateTime.of(2034, 6, 1, 12, 0);
    travelTo(meeting.minusDays(40));
    String meetingId = a.bean(TestMeetings.class).create("ffu", meeting);
    a.bean(MeetingCycleStarter.class).start(meetingId).orElseThrow();
    String taskId = taskId(a, meetingId, COLLECT_ITEMS, "karen.lund");

    // Node A: the Tasklist page (a session with a CSRF token), then the login, which starts a new session.
    Map<String, String> cookies = new LinkedHashMap<>();
    String token = login(a, cookies);
    String sessionId = new String(Base64.getDecoder().decode(cookies.get("SESSION")), StandardCharsets.UTF_8);
    assertThat(db.sql("select count(*) from spring_session s join spring_session_attributes a"
        + " on a.session_primary_id = s.primary_id where s.session_id = ?").param(sessionId).query(Long.class)
        .single()).isPositive();

    // Node B knows the user from the shared session, and gives the session its next CSRF token ...
    HttpResponse<String> who = send(b, "GET", "/camunda/api/admin/auth/user/nodeA", cookies, null, null);
    assertThat(who.statusCode()).as(who.body()).isEqualTo(200);
    assertThat(json.readTree(who.body()).get("userId").asText()).isEqualTo("karen.lund");
    token = who.headers().firstValue("X-XSRF-TOKEN").orElse(token);
    HttpResponse<String> tasks = send(b, "GET", "/camunda/api/engine/engine/nodeA/task?processInstanceBusinessKey="
        + meetingId, cookies, null, null);
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    assertThat(json.readTree(tasks.body()).findValuesAsText("id")).contains(taskId);

    // ... which node A accepts for a change (claim), and node B again for the next one (unclaim; the call itself is
    // closed on its screen, ADR 0036).
    String me = "{\"userId\": \"karen.lund\"}";
    HttpResponse<String> claimed = send(a, "POST", "/camunda/api/engine/engine/nodeA/task/" + taskId + "/claim",
        cookies, token, me);
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    assertThat(b.engine().getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("karen.lund");
    HttpResponse<String> unclaimed = send(b, "POST", "/camunda/api/engine/engine/nodeA/task/" + taskId
        + "/unclaim", cookies, token, "");
    assertThat(unclaimed.statusCode()).as(unclaimed.body()).isEqualTo(204);
    assertThat(b.engine().getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    String screening = taskId;

    // Logging out on B ends the session on A too.
    HttpResponse<String> logout = send(b, "POST", "/camunda/api/admin/auth/user/nodeA/logout", cookies, token, "");
    assertThat(logout.statusCode()).as(logout.body()).isIn(200, 204);
    assertThat(send(a, "GET", "/camunda/api/admin/auth/user/nodeA", cookies, null, null).statusCode())
        .isEqualTo(404);

    // A change without the session's CSRF token is refused on the other node, and changes nothing.
    Map<String, String> again = new LinkedHashMap<>();
    login(a, again);
    HttpResponse<String> forged = send(b, "POST", "/camunda/api/engine/engine/nodeA/task/" + screening + "/claim",
        again, null, me);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(b.engine().getTaskService().createTaskQuery().taskId(screening).singleResult().getAssignee()).isNull();
  }

  /** Opens the Tasklist and logs in as karen.lund, as the browser does; returns the CSRF token. */
  String login(Node node, Map<String, String> cookies) throws Exception {
    HttpResponse<String> page = send(node, "GET", "/camunda/app/tasklist/" + node.name() + "/", cookies, null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(cookies).containsKeys("SESSION", "XSRF-TOKEN");
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpRequest.Builder login = webApp(node, "/camunda/api/admin/auth/user/" + node.name() + "/login/tasklist",
        cookies, token).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=karen.lund&password=test"));
    HttpResponse<String> response = client.send(login.build(), BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    cookies.putAll(cookies(response));
    return token;
  }

  /** A web app call with the session's cookies (updated from the answer) and, for changes, the CSRF header. */
  HttpResponse<String> send(Node node, String method, String path, Map<String, String> cookies, String csrfToken,
      String jsonBody) throws Exception {
    HttpRequest.Builder builder = webApp(node, path, cookies, csrfToken)
        .method(method, jsonBody == null ? BodyPublishers.noBody() : BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      builder.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = client.send(builder.build(), BodyHandlers.ofString());
    cookies.putAll(cookies(response));
    return response;
  }

  // ------------------------------------------------------------------------------------------------ failures

  /**
   * Node A stops while it holds acquired jobs it has not run (its lock is in the database). Nothing is lost: node B
   * takes those jobs when A's lock expires; nothing is duplicated: every job and mail once.
   */
  @Test
  @Order(5)
  void aNodeStoppedWithLockedJobsLosesNothingAndTheOtherNodeCarriesOn() throws Exception {
    LocalDateTime meeting = LocalDateTime.of(2034, 9, 7, 12, 0);
    travelTo(meeting.minusDays(40));
    List<String> meetings = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String id = b.bean(TestMeetings.class).create("ffu", meeting);
      b.bean(MeetingCycleStarter.class).start(id).orElseThrow();
      meetings.add(id);
    }
    awaitNoDueJobs(b);

    String lockOwnerA = a.lockOwner();
    travelTo(latestDueDate(meetings).plusMinutes(1));
    await(Duration.ofSeconds(60), () -> db.sql("select count(*) from act_ru_job where lock_owner_ = ?"
        + " and handler_type_ <> 'history-cleanup'").param(lockOwnerA).query(Long.class).single() > 0,
        "node A locks some of the due jobs");
    a.context().close();
    // (Not the history cleanup job, which runs again after every move of the clock.)
    List<String> orphans = db.sql("select id_ from act_ru_job where lock_owner_ = ? and handler_type_ <> 'history-cleanup'")
        .param(lockOwnerA).query(String.class).list();
    assertThat(orphans).as("jobs node A had locked but not run when it stopped").isNotEmpty();

    awaitNoDueJobs(b);
    assertThat(db.sql("select count(*) from act_ru_job where lock_owner_ = ?"
        + " and handler_type_ <> 'history-cleanup'").param(lockOwnerA).query(Long.class)
        .single()).isZero();
    for (String orphan : orphans) {
      assertThat(db.sql("select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2").param(orphan)
          .query(String.class).list()).as("job %s, left locked by node A", orphan).containsExactly("nodeB");
    }
    assertNotifications(meetings, Map.of("CALL_FOR_ITEMS", 1, "REMINDER", 1, "ESCALATION", 1));
    assertEveryJobRanOnceAndMailWasSentOnce();
    assertThat(b.engine().getTaskService().createTaskQuery().taskDefinitionKey(COLLECT_ITEMS)
        .processInstanceBusinessKeyIn(meetings.toArray(String[]::new)).count()).isEqualTo(meetings.size());
  }

  /** No node runs while the deadlines pass; the first node to start fires every timer that fell due, once. */
  @Test
  @Order(6)
  void aRestartWithTimersThatFellDueWhileNoNodeRanFiresThemAll() throws Exception {
    LocalDateTime meeting = LocalDateTime.of(2034, 11, 2, 12, 0);
    travelTo(meeting.minusDays(40));
    List<String> meetings = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = b.bean(TestMeetings.class).create("ffu", meeting);
      b.bean(MeetingCycleStarter.class).start(id).orElseThrow();
      meetings.add(id);
    }
    awaitNoDueJobs(b);
    LocalDateTime due = latestDueDate(meetings);
    b.context().close();

    travelTo(due.plusDays(2));
    a = start("nodeA", 8);
    awaitNoDueJobs(a);

    assertNotifications(meetings, Map.of("CALL_FOR_ITEMS", 1, "REMINDER", 1, "ESCALATION", 1));
    for (String id : meetings) {
      String instance = processInstance(id);
      assertThat(db.sql("select count(*) from act_hi_job_log where process_instance_id_ = ? and job_state_ = 2"
          + " and hostname_ = 'nodeA' and job_def_type_ = 'timer-transition'").param(instance).query(Long.class)
          .single()).as("timers of %s fired by the restarted node", id).isEqualTo(2);
    }
    assertEveryJobRanOnceAndMailWasSentOnce();
  }

  // ------------------------------------------------------------------------------------------------ assertions

  /** Per meeting exactly these outbox rows by kind, each sent once. */
  void assertNotifications(List<String> meetings, Map<String, Integer> expected) {
    for (String id : meetings) {
      Map<String, Integer> kinds = new LinkedHashMap<>();
      db.sql("select kind, status, attempts from gov_notification where meeting_id = ?").param(id)
          .query((rs, n) -> {
            assertThat(rs.getString("status")).as("%s %s", id, rs.getString("kind")).isEqualTo("SENT");
            assertThat(rs.getInt("attempts")).as("%s %s", id, rs.getString("kind")).isEqualTo(1);
            return kinds.merge(rs.getString("kind"), 1, Integer::sum);
          }).list();
      assertThat(kinds).as(id).isEqualTo(expected);
    }
  }

  /** Every job in the job log succeeded once and never failed; every sent row reached the SMTP server once. */
  void assertEveryJobRanOnceAndMailWasSentOnce() throws MessagingException {
    // The history cleanup job is the one job that runs again by design (it reschedules itself).
    assertThat(db.sql("select job_id_ from act_hi_job_log where job_state_ = 2 and job_def_type_ <> 'history-cleanup'"
        + " group by job_id_ having count(*) > 1").query(String.class).list()).as("jobs that succeeded more than once")
        .isEmpty();
    assertThat(db.sql("select count(*) from act_hi_job_log where job_state_ = 1").query(Long.class).single())
        .as("failed job executions").isZero();
    assertThat(db.sql("select count(*) from act_hi_job_log c where c.job_state_ = 0 and not exists (select 1 from"
        + " act_ru_job r where r.id_ = c.job_id_) and not exists (select 1 from act_hi_job_log s where s.job_id_ ="
        + " c.job_id_ and s.job_state_ in (2, 3))").query(Long.class).single()).as("jobs gone without running").isZero();
    List<String> messageIds = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      messageIds.add(message.getMessageID());
    }
    long sent = db.sql("select count(*) from gov_notification where status = 'SENT'").query(Long.class).single();
    assertThat(messageIds.stream().distinct().count()).as("distinct mails at the SMTP server").isEqualTo(sent);
    assertThat(db.sql("select count(*) from gov_notification where status <> 'SENT' or attempts <> 1")
        .query(Long.class).single()).isZero();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** Moves the engine clock of both nodes; it keeps ticking from there. */
  static void travelTo(LocalDateTime time) {
    Clock.tickingFrom(time);
  }

  LocalDateTime latestDueDate(List<String> meetings) {
    List<String> instances = meetings.stream().map(this::processInstance).toList();
    Date latest = db.sql("select max(duedate_) from act_ru_job where process_instance_id_ in ("
        + instances.stream().map(i -> "?").collect(Collectors.joining(",")) + ")").params(instances)
        .query(Date.class).single();
    return LocalDateTime.ofInstant(latest.toInstant(), ZONE);
  }

  /** Until no job is due (executed jobs are deleted; timers not yet due stay). */
  void awaitNoDueJobs(Node node) {
    await(Duration.ofSeconds(90), () -> node.engine().getManagementService().createJobQuery().executable().count() == 0,
        "every due job has run");
  }

  static void await(Duration timeout, BooleanSupplier condition, String what) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("Timed out waiting until " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  String processInstance(String meetingId) {
    return db.sql("select id_ from act_hi_procinst where business_key_ = ? and proc_def_key_ = 'meetingCycle'")
        .param(meetingId).query(String.class).single();
  }

  long countActivities(String processInstance, String activityId) {
    return db.sql("select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = ?")
        .params(processInstance, activityId).query(Long.class).single();
  }

  String taskId(Node node, String meetingId, String taskKey, String user) throws Exception {
    HttpResponse<String> response = send(node, "GET", "/engine-rest/engine/" + node.name()
        + "/task?processInstanceBusinessKey=" + meetingId + "&taskDefinitionKey=" + taskKey, user, null);
    JsonNode tasks = json.readTree(response.body());
    assertThat(tasks).as("%s sees %s on %s: %s", user, taskKey, node.name(), response.body()).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>> first, Callable<HttpResponse<String>> second)
      throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(2);
    Future<HttpResponse<String>> one = threads.submit(() -> {
      barrier.await();
      return first.call();
    });
    Future<HttpResponse<String>> two = threads.submit(() -> {
      barrier.await();
      return second.call();
    });
    return List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));
  }

  HttpResponse<String> send(Node node, String method, String path, String user, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(url(node, path))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":test")
            .getBytes(StandardCharsets.UTF_8))).build();
    return client.send(request, BodyHandlers.ofString());
  }

  static URI url(Node node, String path) {
    return URI.create("http://localhost:" + node.port() + path);
  }

  /** A web app request with the session's cookies and, for changes, the CSRF header. */
  static HttpRequest.Builder webApp(Node node, String path, Map<String, String> cookies, String csrfToken) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(url(node, path)).header("Accept", "application/json");
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    if (csrfToken != null) {
      builder.header("X-XSRF-TOKEN", csrfToken);
    }
    return builder;
  }

  static Map<String, String> cookies(HttpResponse<?> response) {
    Map<String, String> cookies = new LinkedHashMap<>();
    for (String header : response.headers().allValues("Set-Cookie")) {
      String[] pair = header.split(";", 2)[0].split("=", 2);
      cookies.put(pair[0].trim(), pair.length > 1 ? pair[1].trim() : "");
    }
    return cookies;
  }

}
