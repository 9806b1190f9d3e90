package dk.nordjylland.governance.support;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.DECISIONS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.EMPTY_AGENDA_CONFIRMED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.item.Agenda;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives a forum's meeting cycle through the engine as the secretariat and chair would, for tests of
 * processes that put items before a forum (forum decisions, agreements, consultations). The caller
 * sets the clock; timers of the cycle are executed directly.
 */
@Component
public class MeetingRun {

  private final ProcessEngine engine;
  private final MeetingCycleStarter starter;
  private final TestMeetings testMeetings;
  private final Agenda agenda;
  private final ObjectMapper json = new ObjectMapper();
  private final Meetings meetings;

  MeetingRun(ProcessEngine engine, MeetingCycleStarter starter, TestMeetings testMeetings, Agenda agenda,
      Meetings meetings) {
    this.meetings = meetings;
    this.engine = engine;
    this.starter = starter;
    this.testMeetings = testMeetings;
    this.agenda = agenda;
  }

  /** A new meeting of the forum at that time, its cycle started and waiting in the call for items. */
  public String start(String forumId, LocalDateTime startsAt) {
    String meetingId = testMeetings.create(forumId, startsAt);
    if (starter.start(meetingId).isEmpty()) {
      throw new IllegalStateException("the cycle of " + meetingId + " did not start");
    }
    return meetingId;
  }

  /** Every item taken to notice. */
  public void hold(String meetingId) {
    hold(meetingId, Map.of());
  }

  /** Items in the map get that outcome (decision text "Beslutning."), all others are taken to notice. */
  public void hold(String meetingId, Map<Long, Outcome> outcomes) {
    hold(meetingId, itemId -> {
      Outcome outcome = outcomes.getOrDefault(itemId, Outcome.TAKEN_TO_NOTICE);
      return new DecisionInput(itemId, outcome, outcome.needsText() ? "Beslutning." : null, null, null, null, null,
          null);
    });
  }

  /**
   * Closes the call, accepts the whole pipeline, holds the pre-meeting if the forum has one, approves
   * and publishes the agenda, records the decisions, and approves the minutes (which starts the
   * follow-up: items move on and waiting processes get the decisions).
   */
  public void hold(String meetingId, Function<Long, DecisionInput> decide) {
    complete(meetingId, COLLECT_ITEMS, Map.of(CALL_CLOSED.getName(), true));
    complete(meetingId, SCREEN_ITEMS, Map.of());
    holdPreMeeting(meetingId);
    // Runs may have agendas without items (forums without standing items): approved as the chair confirming it.
    complete(meetingId, APPROVE_AGENDA, Map.of(AGENDA_APPROVED.getName(), true, EMPTY_AGENDA_CONFIRMED.getName(),
        true));
    runTimers(meetingId);
    finish(meetingId, decide);
  }

  /** From "record the meeting" on: the decisions recorded, the minutes drafted and approved (follow-up starts). */
  public void finish(String meetingId, Function<Long, DecisionInput> decide) {
    List<DecisionInput> decisions = new ArrayList<>();
    for (Agenda.DecisionRow entry : agenda.decisionsView(meetingId)) {
      decisions.add(decide.apply(entry.itemId()));
    }
    try {
      complete(meetingId, RECORD_MEETING, Map.of(DECISIONS.getName(), json.writeValueAsString(decisions)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    complete(meetingId, DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), false));
    complete(meetingId, APPROVE_MINUTES, Map.of(MINUTES_APPROVED.getName(), true));
  }

  /** Closes the call, accepts the whole pipeline and holds the pre-meeting if any: the chair's approval waits. */
  public void toAgendaApproval(String meetingId) {
    complete(meetingId, COLLECT_ITEMS, Map.of(CALL_CLOSED.getName(), true));
    complete(meetingId, SCREEN_ITEMS, Map.of());
    holdPreMeeting(meetingId);
  }

  /** Up to the meeting: the agenda approved (empty ones confirmed) and published; "record the meeting" waits. */
  public void toMeeting(String meetingId) {
    toAgendaApproval(meetingId);
    complete(meetingId, APPROVE_AGENDA, Map.of(AGENDA_APPROVED.getName(), true, EMPTY_AGENDA_CONFIRMED.getName(),
        true));
    runTimers(meetingId);
  }

  /** Executes every job of the given process definition that is there now, until none is left. */
  public int runJobs(String processDefinitionKey) {
    int executed = 0;
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processDefinitionKey(processDefinitionKey)
          .executable().list();
      if (jobs.isEmpty()) {
        return executed;
      }
      for (Job job : jobs) {
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
    throw new IllegalStateException("jobs of " + processDefinitionKey + " keep coming");
  }

  /**
   * Where the forum has a pre-meeting (SSF): its own cycle is run through (every item taken to notice) while the main
   * cycle waits at "Afvent formødet" (ADR 0046); the record of the pre-meeting lets the main cycle go on.
   */
  private void holdPreMeeting(String meetingId) {
    meetings.preMeetingOf(meetingId).filter(pre -> pre.status() == MeetingStatus
        .CALL_FOR_ITEMS).ifPresent(pre -> hold(pre.id()));
  }

  private void runTimers(String meetingId) {
    for (int round = 0; round < 5 && task(meetingId, RECORD_MEETING) == null; round++) {
      String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
          .singleResult().getId();
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list()) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  private Task task(String meetingId, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private void complete(String meetingId, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = task(meetingId, taskDefinitionKey);
    if (task == null) {
      throw new IllegalStateException(meetingId + " does not wait at " + taskDefinitionKey);
    }
    engine.getTaskService().complete(task.getId(), variables);
  }
}
