package dk.nordjylland.governance.minutes;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_COMMENT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_INTRODUCTION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_REMARKS;
import static dk.nordjylland.governance.task.TaskInput.actor;
import static dk.nordjylland.governance.task.TaskInput.submitted;

import dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The minutes tasks of the meeting cycle and our tables: what "Udarbejd referat", "Kommentér referatudkast" and
 * "Godkend referat" submit (introduction, comment, the chair's remarks when sending back) is stored with who and when,
 * and leaves the process, which keeps ids and the gateways' flags only. The screens (screen.meeting) show them from
 * our tables. Runs after meetingTaskCompletion, which validates the submission.
 */
@Component("minutesTask")
class MinutesTaskListener implements TaskListener {

  private final Minutes minutes;

  MinutesTaskListener(Minutes minutes) {
    this.minutes = minutes;
  }

  /** On complete (the model registers it for that event only). */
  @Override
  public void notify(DelegateTask task) {
    String meetingId = MEETING_ID.from(task).get();
    switch (task.getTaskDefinitionKey()) {
      case Elements.DRAFT_MINUTES -> {
        Object introduction = submitted(task, MINUTES_INTRODUCTION);
        // Not submitted (a script completing the task with the comment round only): the stored one stays.
        if (introduction instanceof String text) {
          minutes.setIntroduction(meetingId, text);
        }
      }
      case Elements.COMMENT_ON_MINUTES -> {
        Object comment = submitted(task, MINUTES_COMMENT);
        // The member's own task (assigned to them); whoever completes it answers for them.
        String author = task.getAssignee() != null ? task.getAssignee() : actor(task);
        minutes.comment(meetingId, author, comment instanceof String text ? text : null);
      }
      case Elements.APPROVE_MINUTES -> {
        Object remarks = submitted(task, MINUTES_REMARKS);
        if (Boolean.FALSE.equals(task.getVariable(MINUTES_APPROVED.getName()))) {
          minutes.sendBack(meetingId, actor(task), remarks instanceof String text ? text : null);
        }
      }
      default -> { }
    }
  }
}
