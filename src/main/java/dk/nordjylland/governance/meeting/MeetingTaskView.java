package dk.nordjylland.governance.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_PUBLICATION_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_DEADLINE_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ITEM_DEADLINE_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_TITLE;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each meeting-cycle task the texts its form shows, as task-local variables: a view for the
 * form, gone with the task, while the process itself holds only ids.
 */
@Component("meetingTaskView")
class MeetingTaskView implements TaskListener {

  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final MeetingTexts texts;

  MeetingTaskView(Meetings meetings, MeetingSchedule schedule, MeetingTexts texts) {
    this.meetings = meetings;
    this.schedule = schedule;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    String meetingId = MEETING_ID.from(task).get();
    Meeting meeting = meetings.get(meetingId);
    MEETING_TITLE.on(task).setLocal(texts.title(meeting));
    ITEM_DEADLINE_TEXT.on(task).setLocal(texts.dateTime(schedule.itemDeadline(meetingId)));
    AGENDA_PUBLICATION_TEXT.on(task).setLocal(texts.dateTime(schedule.agendaPublication(meetingId)));
    COMMENT_DEADLINE_TEXT.on(task).setLocal(texts.dateTime(schedule.commentDeadline(meetingId)));
    task.setDescription(texts.title(meeting));
    // A past meeting registered for the archive: a due date that has passed is history, not an overdue task.
    if (task.getDueDate() != null && EngineClock.isPast(task.getDueDate())
        && meetings.archivedAt(meetingId).isPresent()) {
      task.setDueDate(null);
    }
    // A decision from an earlier round (agenda or minutes sent back) must not decide this one.
    switch (task.getTaskDefinitionKey()) {
      case Elements.APPROVE_AGENDA -> task.getExecution().removeVariable(AGENDA_APPROVED.getName());
      case Elements.APPROVE_MINUTES -> task.getExecution().removeVariable(MINUTES_APPROVED.getName());
      case Elements.DRAFT_MINUTES -> task.getExecution().removeVariable(COMMENT_ROUND.getName());
      default -> { }
    }
  }
}
