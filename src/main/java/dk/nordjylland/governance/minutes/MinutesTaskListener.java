package dk.nordjylland.governance.minutes;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;

import dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The minutes tasks of the meeting cycle and our tables: what "Udarbejd referat", "Kommentér referatudkast" and
 * "Godkend referat" submit (introduction, comment, the chair's remarks when sending back) is stored with who and when,
 * and leaves the process, which keeps ids and the gateways' flags only. The screens (screen.meeting) show them from
 * our tables. Runs after meetingTaskCompletion, which validates the submission.
 */
@Component("minutesTask")
class MinutesTaskListener implements TaskListener {

  static final String INTRODUCTION = "minutesIntroduction";
  static final String COMMENT = "minutesComment";
  static final String REMARKS = "minutesRemarks";

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
        Object introduction = submitted(task, INTRODUCTION);
        // Not submitted (a script completing the task with the comment round only): the stored one stays.
        if (introduction instanceof String text) {
          minutes.setIntroduction(meetingId, text);
        }
      }
      case Elements.COMMENT_ON_MINUTES -> {
        Object comment = submitted(task, COMMENT);
        // The member's own task (assigned to them); whoever completes it answers for them.
        String author = task.getAssignee() != null ? task.getAssignee() : actor(task);
        minutes.comment(meetingId, author, comment instanceof String text ? text : null);
      }
      case Elements.APPROVE_MINUTES -> {
        Object remarks = submitted(task, REMARKS);
        if (Boolean.FALSE.equals(task.getVariable(MINUTES_APPROVED.getName()))) {
          minutes.sendBack(meetingId, actor(task), remarks instanceof String text ? text : null);
        }
      }
      default -> { }
    }
  }

  /**
   * What the screen or a script submitted, then gone from the process: Camunda sets submitted variables on the
   * execution (for a member's comment task that is the whole cycle's scope, shared by every member).
   */
  private static Object submitted(DelegateTask task, String name) {
    Object value = task.getExecution().getVariable(name);
    if (value != null) {
      task.getExecution().removeVariable(name);
      return value;
    }
    return task.getVariableLocal(name);
  }

  private static String actor(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
