package dk.nordjylland.governance.seed;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AGENDA_PUBLICATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.ITEM_DEADLINE_ESCALATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.ITEM_DEADLINE_REMINDER;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.MEETING_START;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Seed 001, the agenda and minutes of Sundhedsdirektørernes Forretningsudvalg on Tuesday 19 April 2022,
 * 12.00-13.30 on Teams (7 items, 6 of them standing), replayed through the cycle; and its item 6, "mødet rykkes til
 * 9. juni 14.30-16.00", carried out: the secretariat moves the next meeting (17 June 09.00-11.00) while its cycle
 * runs, and the waiting timers and the open task follow the new date.
 *
 * <p>Users (fictional, master data; password "test"): karen.lund (FU secretariat), morten.lykke (FU chair),
 * tove.brandt (FU member). The 2022 calendar meetings of FU are used by this class only.
 */
@GovernanceTest
class FuMeeting2022SeedTest {

  static final String MEETING = "fu-2022-04-19";
  static final String NEXT_MEETING = "fu-2022-06-17";
  static final String SECRETARIAT = "karen.lund";
  static final String CHAIR = "morten.lykke";
  static final String MEMBER = "tove.brandt";

  /** FU's standing items (application.yaml) and their numbers in the seed. */
  static final Map<String, Integer> STANDING = Map.of(
      "Opfølgning på møder", 1,
      "Forberedelse af møder", 2,
      "Fast punkt om sundhedsreformen", 4,
      "Nyt fra KKR", 5,
      "Kommende møde i Sundhedsdirektørernes Forretningsudvalg", 6,
      "Eventuelt", 7);
  static final String MOVE_ACTION = "Sekretariatet flytter næste møde til 9. juni kl. 14.30-16.00 og giver"
      + " medlemmerne besked.";

  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired MeetingCycleStarter starter;
  @Autowired Meetings meetings;
  @Autowired MeetingSchedule schedule;
  @Autowired NotificationOutbox notifications;
  @Autowired FollowUps followUps;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theFuMeetingOf19April2022RunsThroughTheCycleAndMovesTheNextMeetingWithItsCycle() throws Exception {
    // Sunday 20 March 2022: the cycle starts with FU's six standing items.
    Clock.set(LocalDateTime.of(2022, 3, 20, 9, 0));
    assertThat(starter.start(MEETING)).contains(MEETING);
    ProcessInstance cycle = cycle(MEETING);
    assertThat(cycle).isWaitingAt(COLLECT_ITEMS);
    // FU's item deadline is 8 working days before Tuesday 19 April; Easter (14, 15, 18 April) does not count.
    assertThat(Clock.of(task(COLLECT_ITEMS, cycle).getDueDate())).isEqualTo(LocalDateTime.of(2022, 4, 4, 12, 0));

    // Item 3 comes from Psykiatripartnerskab Nordjylland, proposed by a member before the deadline.
    Clock.set(LocalDateTime.of(2022, 3, 29, 10, 0));
    Map<String, Object> proposal = new LinkedHashMap<>();
    proposal.put("forumId", "fu");
    proposal.put("meetingId", MEETING);
    proposal.put("title", "Opgaveglidning");
    proposal.put("proposerBody", "Psykiatripartnerskab Nordjylland");
    proposal.put("summary", "Psykiatripartnerskab Nordjylland har planlagt en drøftelse af opgaveglidning fra"
        + " Psykiatrien til kommunerne. Emnet behandles planmæssigt på partnerskabets møde 21. september 2022. De"
        + " udvalgte emner sendes hermed forbi de kommunale forretningsudvalg på de enkelte fagområder inden den"
        + " videre drøftelse i Psykiatripartnerskabet.");
    proposal.put("recommendations", List.of("Sundhedsdirektørernes Forretningsudvalg drøfter de udvalgte emner fra"
        + " Sundheds- og ældrechefkredsen med henblik på godkendelse eller justering i emnerne til det videre"
        + " arbejde i regi af Psykiatripartnerskab Nordjylland."));
    JsonNode created = api.body(api.exchange(HttpMethod.POST, "/api/items", MEMBER, proposal)).get("item");
    long opgaveglidning = created.get("id").asLong();
    assertThat(created.get("meetingId").asText()).isEqualTo(MEETING);
    assertThat(created.get("proposerBody").asText()).isEqualTo("Psykiatripartnerskab Nordjylland");
    assertThat(created.get("kind").asText()).isEqualTo("OTHER");

    // The secretariat closes the call; the chair screens the pipeline into the seed's order 1-7.
    Clock.set(LocalDateTime.of(2022, 4, 4, 13, 0));
    new ScreenClient(http, SECRETARIAT).submitOk("collect-items", api.taskId(MEETING, COLLECT_ITEMS, SECRETARIAT),
        Map.of("action", "luk", CALL_CLOSED.getName(), "true"));
    Clock.set(LocalDateTime.of(2022, 4, 5, 9, 0));
    Map<Integer, Long> ids = new LinkedHashMap<>();
    List<Map<String, Object>> screening = new ArrayList<>();
    for (JsonNode item : api.body(api.get("/api/meetings/" + MEETING + "/pipeline", CHAIR))) {
      long id = item.get("id").asLong();
      Integer position = id == opgaveglidning ? Integer.valueOf(3)
          : item.get("standing").asBoolean() ? STANDING.get(item.get("title").asText()) : null;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("itemId", id);
      if (position != null) {
        ids.put(position, id);
        row.put("decision", "ACCEPT");
        row.put("position", position);
      } else {
        // Left in FU's pipeline by another test class sharing the database.
        row.put("decision", "REJECT");
        row.put("reason", "Hører ikke til mødet den 19. april 2022.");
      }
      screening.add(row);
    }
    assertThat(ids).hasSize(7);
    api.body(api.exchange(HttpMethod.POST, "/api/meetings/" + MEETING + "/screening", CHAIR, screening));
    assertThat(new ScreenClient(http, CHAIR).submit("approve-agenda",
        api.taskId(MEETING, APPROVE_AGENDA, CHAIR), Map.of("decision", "godkend")).getStatusCode().value()).isEqualTo(303);

    // The agenda goes out 4 working days before (Friday 8 April, 12:00); the meeting begins at 12:00.
    assertThat(Clock.of(job(AGENDA_PUBLICATION, cycle).getDuedate())).isEqualTo(LocalDateTime.of(2022, 4, 8, 12, 0));
    Clock.set(LocalDateTime.of(2022, 4, 8, 12, 0));
    execute(job(AGENDA_PUBLICATION, cycle));
    assertThat(Clock.of(job(MEETING_START, cycle).getDuedate())).isEqualTo(LocalDateTime.of(2022, 4, 19, 12, 0));
    Clock.set(LocalDateTime.of(2022, 4, 19, 12, 0));
    execute(job(MEETING_START, cycle));
    assertThat(cycle).isWaitingAt(RECORD_MEETING);
    // The record-meeting task is due when the meeting ends, 13.30.
    assertThat(Clock.of(task(RECORD_MEETING, cycle).getDueDate())).isEqualTo(LocalDateTime.of(2022, 4, 19, 13, 30));

    // The secretariat records the seed's decisions: no apologies, item 6 moves the next meeting.
    Clock.set(LocalDateTime.of(2022, 4, 19, 14, 0));
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("absentees", List.of());
    record.put("decisions", List.of(
        decision(ids.get(1), "DISCUSSED", "Sundhedsdirektørernes Forretningsudvalg drøftede arbejdet med at planlægge"
            + " 12-12 seminar i efteråret 2022 og drøftede kort Sundhedsprofilkonferencen 31. marts."),
        decision(ids.get(2), "DISCUSSED", "Sundhedsdirektørernes Forretningsudvalg drøftede dagsordenen til"
            + " Strategisk Sundhedsforum og besluttede, at der udarbejdes et bud på fremtidens Sundhedspolitisk"
            + " Dialogforum."),
        decision(ids.get(3), "DISCUSSED", "Sundhedsdirektørernes Forretningsudvalg drøftede emnerne, og tilsluttede"
            + " sig det videre arbejde med sagen."),
        decision(ids.get(4), "DISCUSSED", "Sundhedsdirektørernes Forretningsudvalg gav udtryk for, at der ønskes et"
            + " administrativt organ med direktørdeltagelse under Strategisk Sundhedsforum."),
        decision(ids.get(5), "TAKEN_TO_NOTICE", "Sundhedsdirektørernes Forretningsudvalg drøftede rekruttering som"
            + " tema på et kommende KKR-møde med fokus på SOSU-rekruttering."),
        decision(ids.get(6), "APPROVED", "Sundhedsdirektørernes Forretningsudvalg besluttede at mødet rykkes til"
            + " 9. juni 14.30-16.00."),
        decision(ids.get(7), "DISCUSSED", "Sundhedsdirektørernes Forretningsudvalg besluttede, at man kommunalt"
            + " ønsker at afholde Sundhedspolitisk Samling i november måned.")));
    record.put("actions", List.of(Map.of("itemId", ids.get(6), "description", MOVE_ACTION, "owner", SECRETARIAT,
        "dueDate", "2022-04-22")));
    assertThat(api.body(api.exchange(HttpMethod.POST, "/api/meetings/" + MEETING + "/decisions", SECRETARIAT, record)))
        .hasSize(7);

    Clock.set(LocalDateTime.of(2022, 4, 20, 9, 0));
    // On their screens (ADR 0033): no comment round, approved.
    assertThat(new ScreenClient(http, SECRETARIAT).submit("draft-minutes", api.taskId(MEETING, DRAFT_MINUTES,
        SECRETARIAT), Map.of()).getStatusCode().value()).isEqualTo(303);
    assertThat(new ScreenClient(http, CHAIR).submit("approve-minutes", api.taskId(MEETING, APPROVE_MINUTES, CHAIR),
        Map.of("decision", "godkend")).getStatusCode().value()).isEqualTo(303);
    assertThat(cycle).isEnded();
    assertThat(meetings.get(MEETING).status()).isEqualTo(MeetingStatus.COMPLETED);

    // The agenda in the seed's order with its decisions.
    JsonNode agenda = api.body(api.get("/api/meetings/" + MEETING + "/agenda", MEMBER));
    assertThat(agenda).hasSize(7);
    List<String> titles = new ArrayList<>();
    for (JsonNode entry : agenda) {
      titles.add(api.body(api.get("/api/items/" + entry.get("itemId").asLong(), MEMBER)).get("item").get("title").asText());
    }
    assertThat(titles).containsExactly("Opfølgning på møder", "Forberedelse af møder", "Opgaveglidning",
        "Fast punkt om sundhedsreformen", "Nyt fra KKR", "Kommende møde i Sundhedsdirektørernes Forretningsudvalg",
        "Eventuelt");
    assertThat(agenda).extracting(e -> e.get("outcome").asText()).containsExactly("DISCUSSED", "DISCUSSED",
        "DISCUSSED", "DISCUSSED", "TAKEN_TO_NOTICE", "APPROVED", "DISCUSSED");
    assertThat(agenda.get(5).get("decisionText").asText()).contains("9. juni 14.30-16.00");
    List<Action> actions = followUps.ofMeeting(MEETING);
    assertThat(actions).extracting(Action::description, Action::ownerUser, Action::ownerGroup)
        .containsExactly(Tuple.tuple(MOVE_ACTION, SECRETARIAT, "fu-secretariat"));

    // ---- item 6 carried out: the next meeting (17 June 09.00-11.00) is moved while its cycle runs.

    // Friday 20 May 2022: the cycle of the 17 June meeting has started.
    Clock.set(LocalDateTime.of(2022, 5, 20, 9, 0));
    assertThat(starter.start(NEXT_MEETING)).contains(NEXT_MEETING);
    ProcessInstance next = cycle(NEXT_MEETING);
    assertThat(next).isWaitingAt(COLLECT_ITEMS);
    // Before the move: deadline 8 working days before Friday 17 June (Whit Monday 6 June does not count).
    assertThat(Clock.of(task(COLLECT_ITEMS, next).getDueDate())).isEqualTo(LocalDateTime.of(2022, 6, 7, 12, 0));
    assertThat(Clock.of(job(ITEM_DEADLINE_REMINDER, next).getDuedate())).isEqualTo(LocalDateTime.of(2022, 6, 2, 12, 0));
    assertThat(Clock.of(job(ITEM_DEADLINE_ESCALATION, next).getDuedate()))
        .isEqualTo(LocalDateTime.of(2022, 6, 8, 12, 0));

    Map<String, Object> move = Map.of("startsAt", "2022-06-09T14:30:00", "endsAt", "2022-06-09T16:00:00");

    // A member of FU who is not in its secretariat may not move it: nothing changes.
    ResponseEntity<String> refused = api.exchange(HttpMethod.POST, "/api/meetings/" + NEXT_MEETING + "/move", MEMBER, move);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(refused.getBody()).get("detail").asText()).startsWith("Du kan ikke flytte møder i FU. Det gør ");
    assertThat(meetings.get(NEXT_MEETING).startsAt()).isEqualTo(LocalDateTime.of(2022, 6, 17, 9, 0));
    assertThat(Clock.of(task(COLLECT_ITEMS, next).getDueDate())).isEqualTo(LocalDateTime.of(2022, 6, 7, 12, 0));
    assertThat(notifications.ofMeeting(NEXT_MEETING)).extracting(Notification::kind)
        .doesNotContain(NotificationKind.MEETING_MOVED);

    // The secretariat moves it.
    JsonNode moved = api.body(api.exchange(HttpMethod.POST, "/api/meetings/" + NEXT_MEETING + "/move", SECRETARIAT, move));
    assertThat(moved.get("startsAt").asText()).isEqualTo("2022-06-09T14:30:00");
    JsonNode meeting = api.body(api.get("/api/meetings/" + NEXT_MEETING, MEMBER));
    assertThat(meeting.get("startsAt").asText()).isEqualTo("2022-06-09T14:30:00");
    assertThat(meeting.get("endsAt").asText()).isEqualTo("2022-06-09T16:00:00");
    assertThat(meeting.get("plannedDate").asText()).isEqualTo("2022-06-17");
    assertThat(meeting.get("place").asText()).isEqualTo("Teams-møde");
    assertThat(meeting.get("status").asText()).isEqualTo("CALL_FOR_ITEMS");

    // The members are told.
    List<Notification> movedNotices = notifications.ofMeeting(NEXT_MEETING).stream()
        .filter(n -> n.kind() == NotificationKind.MEETING_MOVED).toList();
    assertThat(movedNotices).hasSize(1);
    assertThat(movedNotices.get(0).recipientGroup()).isEqualTo("fu-members");
    assertThat(movedNotices.get(0).body()).contains("17. juni 2022 kl. 09.00", "9. juni 2022 kl. 14.30", "Teams-møde");

    // The open task and the waiting timers now follow Thursday 9 June.
    assertThat(task(COLLECT_ITEMS, next).getDueDate()).isEqualTo(schedule.itemDeadline(NEXT_MEETING));
    // 8 working days before 9 June: Whit Monday (6 June) and Ascension Day (26 May) do not count.
    assertThat(Clock.of(task(COLLECT_ITEMS, next).getDueDate())).isEqualTo(LocalDateTime.of(2022, 5, 27, 12, 0));
    assertThat(task(COLLECT_ITEMS, next).getFollowUpDate()).as("the follow-up date (reminder) of the task")
        .isEqualTo(schedule.itemReminder(NEXT_MEETING));
    assertThat(job(ITEM_DEADLINE_REMINDER, next).getDuedate()).isEqualTo(schedule.itemReminder(NEXT_MEETING));
    assertThat(Clock.of(job(ITEM_DEADLINE_REMINDER, next).getDuedate()))
        .isEqualTo(LocalDateTime.of(2022, 5, 24, 12, 0));
    assertThat(job(ITEM_DEADLINE_ESCALATION, next).getDuedate()).isEqualTo(schedule.itemEscalation(NEXT_MEETING));
    assertThat(Clock.of(job(ITEM_DEADLINE_ESCALATION, next).getDuedate()))
        .isEqualTo(LocalDateTime.of(2022, 5, 30, 12, 0));

    // What comes after the move is dated from 9 June too: screening, publication, the meeting itself.
    Clock.set(LocalDateTime.of(2022, 5, 27, 12, 30));
    new ScreenClient(http, SECRETARIAT).submitOk("collect-items", api.taskId(NEXT_MEETING, COLLECT_ITEMS, SECRETARIAT),
        Map.of("action", "luk", CALL_CLOSED.getName(), "true"));
    // 6 working days before Thursday 9 June (Whit Monday and Grundlovsdag do not count): Tuesday 31 May.
    assertThat(Clock.of(task(SCREEN_ITEMS, next).getDueDate())).isEqualTo(LocalDateTime.of(2022, 5, 31, 12, 0));
    api.body(api.exchange(HttpMethod.POST, "/api/meetings/" + NEXT_MEETING + "/screening", CHAIR,
        acceptAll(NEXT_MEETING)));
    assertThat(new ScreenClient(http, CHAIR).submit("approve-agenda",
        api.taskId(NEXT_MEETING, APPROVE_AGENDA, CHAIR), Map.of("decision", "godkend")).getStatusCode().value()).isEqualTo(303);
    // 4 working days before Thursday 9 June: Thursday 2 June.
    assertThat(Clock.of(job(AGENDA_PUBLICATION, next).getDuedate())).isEqualTo(LocalDateTime.of(2022, 6, 2, 12, 0));
    execute(job(AGENDA_PUBLICATION, next));
    assertThat(Clock.of(job(MEETING_START, next).getDuedate())).isEqualTo(LocalDateTime.of(2022, 6, 9, 14, 30));
  }

  // ------------------------------------------------------------------------------------------------ plumbing

  List<Map<String, Object>> acceptAll(String meetingId) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    int position = 1;
    for (JsonNode item : api.body(api.get("/api/meetings/" + meetingId + "/pipeline", CHAIR))) {
      rows.add(Map.of("itemId", item.get("id").asLong(), "decision", "ACCEPT", "position", position++));
    }
    return rows;
  }

  static Map<String, Object> decision(long itemId, String outcome, String text) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("itemId", itemId);
    d.put("outcome", outcome);
    d.put("decisionText", text);
    return d;
  }

  ProcessInstance cycle(String meetingId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .processDefinitionKey("meetingCycle").singleResult();
  }





}
