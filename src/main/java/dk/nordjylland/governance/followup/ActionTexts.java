package dk.nordjylland.governance.followup;

import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import org.springframework.stereotype.Component;

/** Danish wording of a follow-up action in its messages: the meeting it comes from, its due date, its owner. */
@Component
class ActionTexts {

  private final Meetings meetings;
  private final MeetingTexts texts;
  private final ActionSchedule schedule;
  private final ActionOwnerNames ownerNames;

  ActionTexts(Meetings meetings, MeetingTexts texts, ActionSchedule schedule, ActionOwnerNames ownerNames) {
    this.meetings = meetings;
    this.texts = texts;
    this.schedule = schedule;
    this.ownerNames = ownerNames;
  }

  /** The title of the meeting the action was decided at. */
  String meetingTitle(Action action) {
    return texts.title(meetings.get(action.meetingId()));
  }

  /** The due date and time, "fredag den 22. august 2025 kl. 12.00". */
  String due(Action action) {
    return texts.dateTime(schedule.due(action.id()));
  }

  /** Who owns it, by name. */
  String owner(Action action) {
    return ownerNames.of(action);
  }
}
