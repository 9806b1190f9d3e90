package dk.nordjylland.governance.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingsApiTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.FollowUpActionProcess;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.item.Agenda;
import dk.nordjylland.governance.item.ItemStatus;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 point 1 (rest): a past meeting registered for the archive. Its cycle starts at the step the secretariat
 * chooses, the secretariat adds its items although its call is long closed, passed due dates are no overdue tasks,
 * and passed moments send no reminder or escalation. Refusals: who may (403) and bad input (400), nothing saved.
 */
@GovernanceTest
class MeetingArchiveApiTest {

  @Autowired ApiClient api;
  @Autowired Meetings meetings;
  @Autowired Agenda agenda;
  @Autowired Items items;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationOutbox notifications;
  @Autowired FollowUps followUps;
  @Autowired MeetingRun run;
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aPastMeetingIsRecordedAsItHappenedWithoutOverdueTasksOrRemindersForPassedMoments() throws Exception {
    Clock.set(LocalDateTime.of(2051, 6, 10, 9, 0));
    JsonNode created = api.body(api.post("/api/meetings", "karen.lund", body("forumId", "ffu",
        "startsAt", "2051-05-04T13:00:00", "place", "Aalborg Rådhus", "startAt", "recordMeeting")));

    String id = created.get("id").asText();
    assertThat(id).isEqualTo("ffu-2051-05-04-archive");
    assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).list();
    assertThat(tasks).singleElement().satisfies(task -> {
      assertThat(task.getTaskDefinitionKey()).isEqualTo(RECORD_MEETING);
      // Its due date (the meeting's end) passed five weeks ago: history, not an overdue task.
      assertThat(task.getDueDate()).isNull();
    });

    // The secretariat adds the meeting's items although its call for items is long closed: straight onto the agenda.
    JsonNode item = api.body(api.post("/api/items", "karen.lund", body("forumId", "ffu", "meetingId", id,
        "title", "Drøftelse: Akutområdet i sommerperioden", "summary", "Resumé.")));
    long itemId = item.get("item").get("id").asLong();
    assertThat(items.get(itemId).status()).isEqualTo(ItemStatus.ON_AGENDA);
    assertThat(agenda.decisionsView(id)).singleElement()
        .satisfies(row -> assertThat(row.title()).isEqualTo("1. Drøftelse: Akutområdet i sommerperioden"));

    // A member may propose to FFU, but not write its history.
    ResponseEntity<String> byMember = api.post("/api/items", "lone.berg", body("forumId", "ffu", "meetingId", id,
        "title", "Orientering: Noget andet", "summary", "Resumé."));
    assertThat(byMember.getStatusCode().value()).as(byMember.getBody()).isEqualTo(403);
    assertThat(api.json(byMember).get("detail").asText()).startsWith("Punkter til et tidligere møde registreres af");
    assertThat(itemsOf(id)).isEqualTo(1);

    // Recorded as it happened: an action due before today is accepted, one still to come too.
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("itemId", itemId);
    decision.put("outcome", "DISCUSSED");
    decision.put("decisionText", "Drøftet.");
    complete(id, RECORD_MEETING, Map.of(
        "decisions", json.writeValueAsString(List.of(decision)),
        "actions", json.writeValueAsString(List.of(
            Map.of("itemId", itemId, "description", "Plan for sommeren sendes ud", "owner", "ffu-secretariat",
                "dueDate", "2051-05-19"),
            Map.of("itemId", itemId, "description", "Evaluering af sommeren", "owner", "ffu-secretariat",
                "dueDate", "2051-09-15")))));
    assertThat(task(id, DRAFT_MINUTES).getDueDate()).as("draft minutes due weeks ago").isNull();
    complete(id, DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), false));
    complete(id, APPROVE_MINUTES, Map.of(MINUTES_APPROVED.getName(), true));

    // Only the action still to come is followed up; the passed one is history in the minutes.
    assertThat(followUps.ofMeeting(id)).extracting(Action::description).containsExactly("Evaluering af sommeren");
    Clock.set(LocalDateTime.of(2051, 6, 16, 9, 0));
    run.runJobs(FollowUpActionProcess.KEY);
    run.runJobs(MeetingCycleProcess.KEY);
    assertThat(notifications.ofMeeting(id))
        .noneMatch(n -> n.kind() == NotificationKind.REMINDER || n.kind() == NotificationKind.ESCALATION);
    assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.COMPLETED);
  }

  @Test
  void aMeetingOnlyRegisteredHasNoCycleAndTakesItsItems() {
    Clock.set(LocalDateTime.of(2052, 3, 10, 9, 0));
    JsonNode created = api.body(api.post("/api/meetings", "ida.winther", body("forumId", "ffu",
        "startsAt", "2052-01-14T13:00:00", "startAt", "registered")));

    String id = created.get("id").asText();
    assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.COMPLETED);
    assertThat(meetings.get(id).processInstanceId()).isNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    ResponseEntity<String> added = api.post("/api/items", "karen.lund", body("forumId", "ffu", "meetingId", id,
        "title", "Orientering: Status på samarbejdet", "summary", "Resumé."));
    assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(201);
    assertThat(agenda.decisionsView(id)).hasSize(1);
  }

  @Test
  void aCalendarMeetingWhoseTimePassedWithoutItsCycleIsTheOneRegistered() {
    jdbc.sql("insert into gov_meeting (id, forum_id, planned_date, starts_at, ends_at, place, status)"
        + " values ('ffu-2058-02-06', 'ffu', date '2058-02-06', timestamp '2058-02-06 12:00:00',"
        + " timestamp '2058-02-06 14:00:00', 'Regionshuset', 'PLANNED')").update();
    Clock.set(LocalDateTime.of(2058, 3, 10, 9, 0));
    long before = meetingCount();

    JsonNode registered = api.body(api.post("/api/meetings", "karen.lund", body("forumId", "ffu",
        "startsAt", "2058-02-06T13:00:00", "place", "Teams-møde", "startAt", "recordMeeting")));

    // Not refused as "already a meeting that day": the calendar's meeting, with its id, held as registered.
    assertThat(registered.get("id").asText()).isEqualTo("ffu-2058-02-06");
    assertThat(meetingCount()).isEqualTo(before);
    Meeting meeting = meetings.get("ffu-2058-02-06");
    assertThat(meeting.startsAt()).isEqualTo(LocalDateTime.of(2058, 2, 6, 13, 0));
    assertThat(meeting.place()).isEqualTo("Teams-møde");
    assertThat(meeting.status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
    assertThat(task("ffu-2058-02-06", RECORD_MEETING)).isNotNull();
  }

  @Test
  void onlyTheForumsSecretariatAndProcessOwnersRegisterPastMeetings() {
    Clock.set(LocalDateTime.of(2053, 3, 10, 9, 0));
    long before = meetingCount();
    for (String user : List.of("lone.berg", "mette.ravn")) {
      ResponseEntity<String> response = api.post("/api/meetings", user, body("forumId", "ffu",
          "startsAt", "2053-02-05T13:00:00", "startAt", "recordMeeting"));
      assertThat(response.getStatusCode().value()).as("%s: %s", user, response.getBody()).isEqualTo(403);
      assertThat(api.json(response).get("detail").asText()).startsWith("Du kan ikke registrere møder i FFU.");
    }
    assertThat(meetingCount()).isEqualTo(before);
  }

  @Test
  void badRequestsForAPastMeetingAreRefusedInDanishAndNothingIsSaved() {
    Clock.set(LocalDateTime.of(2054, 3, 10, 9, 0));
    long before = meetingCount();
    Map<Map<String, Object>, String> refused = new LinkedHashMap<>();
    refused.put(body("forumId", "ffu", "startsAt", "2054-02-05T13:00:00", "startAt", "screening"),
        "Trinnet 'screening' findes ikke. Et tidligere møde starter ved 'recordMeeting'");
    refused.put(body("forumId", "ffu", "startsAt", "2054-02-05T13:00:00", "startAt", "recordMeeting", "trin", "x"),
        "Feltet 'trin' kendes ikke her");
    refused.put(body("forumId", "ffu", "startsAt", "2054-04-02T13:00:00", "startAt", "recordMeeting"),
        "Et tidligere møde skal være slut nu; et kommende møde oprettes som et ekstraordinært møde.");
    refused.put(body("forumId", "ffu", "startsAt", "2054-02-05T13:00:00"),
        "Er mødet holdt, så registrér det som et tidligere møde");
    refused.forEach((request, message) -> {
      ResponseEntity<String> response = api.post("/api/meetings", "karen.lund", request);
      assertThat(response.getStatusCode().value()).as("%s: %s", request, response.getBody()).isEqualTo(400);
      assertThat(api.json(response).get("detail").asText()).contains(message);
    });
    assertThat(meetingCount()).isEqualTo(before);
  }

  @Test
  void aMoveIntoThePastSaysToRegisterAPastMeetingInstead() {
    LocalDateTime at = LocalDateTime.of(2055, 3, 8, 12, 0);
    Clock.set(at.minusDays(40));
    String meeting = run.start("ffu", at);

    ResponseEntity<String> response = api.post("/api/meetings/" + meeting + "/move", "karen.lund",
        body("startsAt", "2055-01-20T12:00:00", "endsAt", "2055-01-20T14:00:00"));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(api.json(response).get("detail").asText())
        .contains("registrér det som et tidligere møde i stedet");
    assertThat(meetings.get(meeting).startsAt()).isEqualTo(at);
  }

  private Task task(String meetingId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId).taskDefinitionKey(key)
        .singleResult();
  }

  private void complete(String meetingId, String key, Map<String, Object> variables) {
    engine.getTaskService().complete(task(meetingId, key).getId(), variables);
  }

  private long itemsOf(String meetingId) {
    return jdbc.sql("select count(*) from gov_item where meeting_id = ?").param(meetingId).query(Long.class).single();
  }

  private long meetingCount() {
    return jdbc.sql("select count(*) from gov_meeting").query(Long.class).single();
  }
}
