package dk.nordjylland.governance.bench;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AGENDA_PUBLICATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.MEETING_START;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.ApiClient;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One FFU meeting with 15 items (FFU's 5 standing items and 10 proposals) from the call for items to the
 * follow-up, through our API and Camunda's REST API with HTTP Basic, the way the roles do it in
 * {@code FfuMeeting2025SeedTest}: members propose, the secretariat closes the call, the chair screens and
 * approves the agenda, the timers fire (executed through the REST API by the administrator instead of
 * waiting for them), the secretariat records decisions with 3 actions and 1 reservation and drafts the
 * minutes, the chair approves them and the follow-up starts 4 followUpAction processes.
 */
@Component
class ApiMeetingCycle {

  static final String FORUM = "ffu";
  static final String SECRETARIAT = "karen.lund";
  static final String CHAIR = "mads.kjaer";
  static final List<String> PROPOSERS = List.of("lone.berg", "jens.bach", CHAIR, SECRETARIAT);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final ApiClient api;
  private final JdbcClient jdbc;
  private final MeetingCycleStarter starter;

  ApiMeetingCycle(ApiClient api, JdbcClient jdbc, MeetingCycleStarter starter) {
    this.api = api;
    this.jdbc = jdbc;
    this.starter = starter;
  }

  /** A planned FFU meeting of its own, 8 weeks ahead, so the item deadline has not passed. */
  String plan() {
    int n = SEQUENCE.incrementAndGet();
    String id = FORUM + "-bench-" + n;
    LocalDateTime startsAt = LocalDate.now().plusWeeks(8).atTime(9, 0).plusMinutes(n);
    jdbc.sql("insert into gov_meeting (id, forum_id, planned_date, starts_at, ends_at, place, status)"
            + " values (?, ?, ?, ?, ?, 'Mødelokale D, Regionhuset', 'PLANNED')")
        .params(id, FORUM, LocalDate.of(3000, 1, 1).plusDays(n),
            startsAt, startsAt.plusHours(2))
        .update();
    return id;
  }

  /** Runs the whole cycle of a planned meeting; fails unless it ends COMPLETED with its 4 follow-ups. */
  void run(String meetingId) {
    starter.start(meetingId).orElseThrow();
    String processInstanceId = jdbc.sql("select process_instance_id from gov_meeting where id = ?")
        .param(meetingId).query(String.class).single();

    for (int i = 1; i <= 10; i++) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("forumId", FORUM);
      p.put("meetingId", meetingId);
      p.put("title", (i % 3 == 0 ? "Orientering: " : i % 3 == 1 ? "Godkendelse: " : "Drøftelse: ")
          + "Benchmarkpunkt " + i);
      p.put("caseNumber", "1-01-72-" + (1000 + i) + "-25");
      p.put("summary", "Resumé af punkt " + i + ". Fælles Forretningsudvalg orienteres om status og næste skridt.");
      p.put("proposerBody", "Sekretariatet for Fælles Forretningsudvalg");
      p.put("recommendations", List.of("Godkender indstillingen til punkt " + i + ".", "Tager orienteringen til efterretning."));
      p.put("attachments", List.of(Map.of("title", "Bilag til punkt " + i, "toFollow", i % 4 == 0)));
      ResponseEntity<String> created = api.post("/api/items", PROPOSERS.get(i % PROPOSERS.size()), p);
      check(created.getStatusCode().value() == 201, created);
    }

    // The call for items is a screen (ADR 0036): the engine's REST API completes it for an administrator only.
    api.submitFormOk(api.taskId(meetingId, COLLECT_ITEMS, SECRETARIAT), "admin", Map.of("callClosed", true));

    JsonNode pipeline = api.body(api.get("/api/meetings/" + meetingId + "/pipeline", CHAIR));
    List<Map<String, Object>> screening = new ArrayList<>();
    int position = 0;
    for (JsonNode item : pipeline) {
      screening.add(Map.of("itemId", item.get("id").asLong(), "decision", "ACCEPT", "position", ++position));
    }
    check(screening.size() == 15, pipeline);
    api.body(api.post("/api/meetings/" + meetingId + "/screening", CHAIR, screening));

    api.submitFormOk(api.taskId(meetingId, APPROVE_AGENDA, CHAIR), CHAIR, Map.of("agendaApproved", true));
    executeTimer(processInstanceId, AGENDA_PUBLICATION);
    executeTimer(processInstanceId, MEETING_START);

    JsonNode agenda = api.body(api.get("/api/meetings/" + meetingId + "/agenda", SECRETARIAT));
    List<Map<String, Object>> decisions = new ArrayList<>();
    List<Map<String, Object>> actions = new ArrayList<>();
    String due = LocalDate.now().plusWeeks(12).toString();
    for (int i = 0; i < agenda.size(); i++) {
      long itemId = agenda.get(i).get("itemId").asLong();
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("itemId", itemId);
      if (i == 9) {
        d.put("outcome", "APPROVED_WITH_RESERVATION");
        d.put("decisionText", "Godkendt med forbehold for koordineringsgruppens vurdering.");
        d.put("reservation", "Koordineringsgruppen afklarer usikkerheder og giver en skriftlig orientering.");
        d.put("reservationOwner", "koordineringsgruppen-members");
      } else {
        d.put("outcome", i % 2 == 0 ? "TAKEN_TO_NOTICE" : "APPROVED");
        d.put("decisionText", "Fælles Forretningsudvalg tog punktet til efterretning.");
      }
      decisions.add(d);
      if (i == 4 || i == 10 || i == 12) {
        actions.add(Map.of("itemId", itemId, "description", "Opfølgning på punkt " + (i + 1) + ".",
            "owner", i == 4 ? "ssf-secretariat" : i == 10 ? "plo-chairmanship" : "fu-secretariat", "dueDate", due));
      }
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("absentees", List.of("jens.bach"));
    record.put("decisions", decisions);
    record.put("actions", actions);
    api.body(api.post("/api/meetings/" + meetingId + "/decisions", SECRETARIAT, record));

    api.submitFormOk(api.taskId(meetingId, DRAFT_MINUTES, SECRETARIAT), SECRETARIAT, Map.of("commentRound", false));
    api.submitFormOk(api.taskId(meetingId, APPROVE_MINUTES, CHAIR), CHAIR, Map.of("minutesApproved", true));

    JsonNode meeting = api.body(api.get("/api/meetings/" + meetingId, SECRETARIAT));
    check(meeting.get("status").asText().equals("COMPLETED"), meeting);
    JsonNode followUp = api.body(api.get("/api/actions?meeting=" + meetingId, SECRETARIAT));
    check(followUp.size() == 4, followUp);
  }

  private void executeTimer(String processInstanceId, String activityId) {
    JsonNode jobs = api.body(api.get("/engine-rest/job?processInstanceId=" + processInstanceId + "&activityId="
        + activityId, "admin"));
    check(jobs.size() == 1, jobs);
    ResponseEntity<String> executed = api.post("/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute",
        "admin", null);
    check(executed.getStatusCode().value() == 204, executed);
  }

  private static void check(boolean condition, Object context) {
    if (!condition) {
      throw new IllegalStateException("Unexpected answer: " + context);
    }
  }
}
