package dk.nordjylland.governance.demo;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.mail.NotificationDeliveryProcess;
import dk.nordjylland.governance.meeting.Meetings;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Plays, in the demo's replayed past, the people and the job executor: completes a meeting's task, executes the
 * timers that came due and delivers the mails, each while the engine clock is at its moment.
 */
@Component
@Profile("demo")
class DemoEngine {

  private static final Logger LOG = LoggerFactory.getLogger(DemoEngine.class);

  private final ProcessEngine engine;
  private final Meetings meetings;
  private final FollowUps followUps;

  DemoEngine(ProcessEngine engine, Meetings meetings, FollowUps followUps) {
    this.engine = engine;
    this.meetings = meetings;
    this.followUps = followUps;
  }

  /** Completes the task the meeting's cycle waits at, as its person would. */
  void complete(String meetingId, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("Demo meeting " + meetingId + " does not wait at " + taskDefinitionKey);
    }
    engine.getTaskService().complete(task.getId(), variables);
  }

  /** The meeting cycle's timers due before {@code until} (see {@link #catchUp}). */
  void catchUpCycle(String meetingId, LocalDateTime until) {
    catchUp(meetings.get(meetingId).processInstanceId(), until);
  }

  /** The timers of the follow-up actions decided at the meeting, due before {@code until}. */
  void catchUpFollowUps(String meetingId, LocalDateTime until) {
    for (Action action : followUps.ofMeeting(meetingId)) {
      catchUp(action.processInstanceId(), until);
    }
  }

  /**
   * Executes the instance's timers that are due before {@code until}, each at its own moment (the clock set to
   * it), as the job executor would have; the clock ends at {@code until}.
   */
  private void catchUp(String processInstanceId, LocalDateTime until) {
    Date end = EngineClock.toDate(until);
    for (int round = 0; round < 20; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
          .duedateLowerThan(end).orderByJobDuedate().asc().list();
      if (due.isEmpty()) {
        break;
      }
      Job next = due.get(0);
      EngineClock.set(new Date(next.getDuedate().getTime() + 60_000));
      try {
        engine.getManagementService().executeJob(next.getId());
      } catch (ProcessEngineException e) {
        // The job executor took it first (it sees the same clock): fine, the step happened.
        LOG.debug("Demo: timer {} executed elsewhere: {}", next.getId(), e.getMessage());
      }
    }
    EngineClock.set(end);
  }

  /**
   * The mails of the replayed notifications go out now, while the clock is in their past, as the job executor
   * would have sent them then: not in a burst of old agendas, minutes and reminders once the demo is up.
   */
  void deliverMails() {
    for (Job job : engine.getManagementService().createJobQuery()
        .processDefinitionKey(NotificationDeliveryProcess.KEY).executable().list()) {
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (RuntimeException e) {
        // Taken by the job executor, or the mail server said no: the job stays with its retries.
        LOG.debug("Demo: mail job {} not run here: {}", job.getId(), e.getMessage());
      }
    }
  }
}
