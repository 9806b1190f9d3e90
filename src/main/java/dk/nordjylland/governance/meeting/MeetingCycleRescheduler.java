package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.tasknames.TaskNames;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * After a meeting moved: its cycle's waiting timers and open tasks get the dates that follow from the new time (and
 * the new date in the tasks' names).
 */
@Component
class MeetingCycleRescheduler {

  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final MeetingTexts texts;
  private final ProcessEngine engine;
  private final AsSystem asSystem;

  MeetingCycleRescheduler(Meetings meetings, MeetingSchedule schedule, MeetingTexts texts, ProcessEngine engine,
      AsSystem asSystem) {
    this.meetings = meetings;
    this.schedule = schedule;
    this.texts = texts;
    this.engine = engine;
    this.asSystem = asSystem;
  }

  /** The new dates are a consequence of an authorized move, so the engine's checks are not repeated. */
  void reschedule(String processInstanceId, String meetingId) {
    asSystem.runUnchecked(() -> {
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .timers().list()) {
        String activity = engine.getManagementService().createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
        schedule.dateOf(activity, meetingId)
            .ifPresent(date -> engine.getManagementService().setJobDuedate(job.getId(), date));
      }
      String meeting = texts.shortTitle(meetings.get(meetingId));
      for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list()) {
        // "Godkend dagsorden – FFU 10.12.2026" names the new date.
        task.setName(TaskNames.named(TaskNames.baseName(task.getName()), meeting));
        engine.getTaskService().saveTask(task);
        schedule.dateOf(task.getTaskDefinitionKey(), meetingId).ifPresent(date -> {
          task.setDueDate(date);
          if (MeetingCycleProcess.Elements.COLLECT_ITEMS.equals(task.getTaskDefinitionKey())) {
            // The model's followUpDate of the call: the reminder before the item deadline.
            task.setFollowUpDate(schedule.itemReminder(meetingId));
          }
          engine.getTaskService().saveTask(task);
        });
      }
    });
  }
}
