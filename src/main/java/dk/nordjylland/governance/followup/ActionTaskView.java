package dk.nordjylland.governance.followup;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_DESCRIPTION;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_ID;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.DUE_TEXT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.MEETING_TITLE;

import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each follow-up task the texts its form shows, as task-local variables (actionDescription,
 * meetingTitle, dueText): a view for the form, gone with the task, while the process holds only ids.
 */
@Component("actionTaskView")
class ActionTaskView implements TaskListener {

  private final Actions actions;
  private final Meetings meetings;
  private final ActionSchedule schedule;
  private final MeetingTexts texts;

  ActionTaskView(Actions actions, Meetings meetings, ActionSchedule schedule, MeetingTexts texts) {
    this.actions = actions;
    this.meetings = meetings;
    this.schedule = schedule;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    long actionId = ACTION_ID.from(task).get();
    Action action = actions.find(actionId)
        .orElseThrow(() -> new IllegalStateException("No follow-up action " + actionId));
    String meetingTitle = texts.title(meetings.get(action.meetingId()));
    ACTION_DESCRIPTION.on(task).setLocal(action.description());
    MEETING_TITLE.on(task).setLocal(meetingTitle);
    DUE_TEXT.on(task).setLocal(texts.dateTime(schedule.due(actionId)));
    task.setDescription(FollowUpActions.shorten(action.description(), 300) + " (" + meetingTitle + ")");
  }
}
