package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import dk.nordjylland.governance.validation.ConcurrentChange;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Users at the same moment, through the HTTP APIs on one node (H2; the cluster test repeats both on PostgreSQL
 * across two nodes): the same task completed twice at once, and 200 item proposals to one meeting from 16 threads.
 */
@GovernanceTest
class ConcurrencyTest {

  /** Thursday 9 June 2033, 12:00; far from the calendar meetings other classes use. */
  static final LocalDateTime MEETING = LocalDateTime.of(2033, 6, 9, 12, 0);
  static final int ROUNDS = 3;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired MeetingCycleStarter starter;
  @Autowired TestMeetings testMeetings;
  @Autowired Items items;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate http;
  final ObjectMapper json = new ObjectMapper();
  final HttpClient client = HttpClient.newHttpClient();
  final ExecutorService threads = Executors.newFixedThreadPool(16);

  @BeforeEach
  void setUp() {
    init(engine);
    Clock.set(MEETING.minusDays(40));
  }

  @AfterEach
  void tearDown() {
    threads.shutdownNow();
    Clock.reset();
  }

  @Test
  void twoSecretariesClosingTheSameCallAtOnceOneWinsTheOtherIsToldInDanish() throws Exception {
    ScreenClient karen = new ScreenClient(http, "karen.lund");
    ScreenClient julie = new ScreenClient(http, "julie.sand");
    Map<String, String> close = Map.of("action", "luk", CALL_CLOSED.getName(), "true");
    for (int round = 0; round < ROUNDS; round++) {
      String meetingId = startCycle();
      ProcessInstance cycle = cycle(meetingId);
      String taskId = task(COLLECT_ITEMS, cycle).getId();
      // Both have the call's screen open (ADR 0036) and close it at the same moment.
      var first = karen.opened("collect-items", taskId, close);
      var second = julie.opened("collect-items", taskId, close);
      CyclicBarrier barrier = new CyclicBarrier(2);
      Future<ResponseEntity<String>> a = threads.submit(() -> {
        barrier.await();
        return first.get();
      });
      Future<ResponseEntity<String>> b = threads.submit(() -> {
        barrier.await();
        return second.get();
      });
      List<ResponseEntity<String>> answers = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));

      assertThat(answers).extracting(r -> r.getStatusCode().value()).containsOnlyOnce(303);
      ResponseEntity<String> loser = answers.stream().filter(r -> r.getStatusCode().value() != 303).findFirst()
          .orElseThrow();
      // Either it came after the winner's commit (the task is gone) or it raced it (optimistic locking): the
      // Danish "gone" page either way, never an error page.
      assertThat(loser.getStatusCode().value()).as(loser.getBody()).isEqualTo(404);
      assertThat(loser.getBody()).contains("Opgaven findes ikke længere");
      // Stored once: one completed call, one screening task.
      assertThat(cycle).isWaitingAt(SCREEN_ITEMS);
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(cycle.getId())
          .taskDefinitionKey(COLLECT_ITEMS).finished().count()).isEqualTo(1);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).count()).isEqualTo(1);
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
          .activityId(SCREEN_ITEMS).count()).isEqualTo(1);
    }
  }

  @Test
  void theChairAndTheSecretaryScreeningAtOnceStoreTheAgendaOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String meetingId = startCycle();
      ProcessInstance cycle = cycle(meetingId);
      for (int i = 1; i <= 3; i++) {
        assertThat(send("POST", "/api/items", "lone.berg", json.writeValueAsString(Map.of("forumId", "ffu",
            "meetingId", meetingId, "title", "Orientering: Punkt " + i))).statusCode()).isEqualTo(201);
      }
      complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Item item : items.pipeline(meetingId)) {
        rows.add(Map.of("itemId", item.id(), "decision", "ACCEPT", "position", rows.size() + 1));
      }
      String screening = json.writeValueAsString(rows);
      String path = "/api/meetings/" + meetingId + "/screening";

      List<HttpResponse<String>> answers = atOnce(() -> send("POST", path, "mads.kjaer", screening),
          () -> send("POST", path, "karen.lund", screening));

      assertThat(answers).extracting(HttpResponse::statusCode).containsOnlyOnce(200);
      HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() != 200).findFirst().orElseThrow();
      assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
      assertThat(json.readTree(loser.body()).get("detail").asText()).isIn(ConcurrentChange.MESSAGE,
          "Mødet '" + meetingId + "' venter ikke på screening, eller du har ikke adgang til opgaven.");
      assertThat(cycle).isWaitingAt(APPROVE_AGENDA);
      assertThat(items.agenda(meetingId)).hasSize(rows.size());
      assertThat(jdbc.sql("select count(*) from gov_item_event where meeting_id = ? and kind = 'ACCEPTED'")
          .param(meetingId).query(Long.class).single()).isEqualTo(rows.size());
    }
  }

  @Test
  void twoHundredProposalsFromSixteenThreadsAreAllStoredOnceWithTheirEvent() throws Exception {
    String meetingId = startCycle();
    long itemsBefore = jdbc.sql("select count(*) from gov_item").query(Long.class).single();
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      String body = json.writeValueAsString(Map.of("forumId", "ffu", "meetingId", meetingId,
          "title", "Orientering: Samtidigt forslag " + i, "recommendations", List.of("Tager til efterretning.")));
      String user = i % 2 == 0 ? "lone.berg" : "jens.bach";
      sent.add(threads.submit(() -> send("POST", "/api/items", user, body)));
    }
    List<Long> ids = new ArrayList<>();
    for (Future<HttpResponse<String>> f : sent) {
      HttpResponse<String> response = f.get(60, TimeUnit.SECONDS);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      ids.add(json.readTree(response.body()).get("item").get("id").asLong());
    }

    assertThat(ids).doesNotHaveDuplicates().hasSize(200);
    assertThat(jdbc.sql("select count(*) from gov_item").query(Long.class).single()).isEqualTo(itemsBefore + 200);
    List<Item> pipeline = items.pipeline(meetingId).stream().filter(item -> !item.standing()).toList();
    assertThat(pipeline).extracting(Item::id).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(pipeline).extracting(Item::title).doesNotHaveDuplicates();
    Map<Long, Long> events = new LinkedHashMap<>();
    jdbc.sql("select item_id, count(*) from gov_item_event where meeting_id = ? and kind = 'PROPOSED' group by item_id")
        .param(meetingId).query((rs, n) -> events.put(rs.getLong(1), rs.getLong(2))).list();
    assertThat(events).hasSize(200).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
    assertThat(jdbc.sql("select count(*) from gov_item_recommendation r join gov_item i on i.id = r.item_id"
        + " where i.meeting_id = ? and not i.standing").param(meetingId).query(Long.class).single()).isEqualTo(200);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  String startCycle() {
    String meetingId = testMeetings.create("ffu", MEETING);
    assertThat(starter.start(meetingId)).contains(meetingId);
    return meetingId;
  }

  ProcessInstance cycle(String meetingId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult();
  }

  interface Call {
    HttpResponse<String> send() throws Exception;
  }

  /** Both calls released by one barrier, so they reach the server at the same moment. */
  List<HttpResponse<String>> atOnce(Call first, Call second) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(2);
    Future<HttpResponse<String>> a = threads.submit(() -> {
      barrier.await();
      return first.send();
    });
    Future<HttpResponse<String>> b = threads.submit(() -> {
      barrier.await();
      return second.send();
    });
    return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
  }

  HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":test")
            .getBytes(StandardCharsets.UTF_8))).build();
    return client.send(request, BodyHandlers.ofString());
  }
}
