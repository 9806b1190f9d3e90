package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_DEADLINE_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_TITLE;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_COMMENT;

import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A member reads the minutes draft and comments on it, or answers that he or she has no remarks (an empty comment is
 * kept as "ingen bemærkninger": the secretariat and the chair see who has read it).
 */
@Component
class CommentMinutesScreen implements TaskScreen {


  private final MinutesRound round;
  private final ClosedItemReaders readers;

  CommentMinutesScreen(MinutesRound round, ClosedItemReaders readers) {
    this.round = round;
    this.readers = readers;
  }

  @Override
  public String name() {
    return "comment-minutes";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    model.put("meetingTitle", task.text(MEETING_TITLE));
    model.put("commentDeadline", task.text(COMMENT_DEADLINE_TEXT));
    // A member disqualified for a closed item reads it in its public wording (issue 17 point 7, ADR 0055).
    round.draft(meetingId, readers.show(task, meetingId, model, null), model);
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    String comment = input.text(MINUTES_COMMENT.getName(), "Mine bemærkninger til referatet", false);
    if (comment.length() > TextLimits.NOTE) {
      input.error(MINUTES_COMMENT.getName(), "Bemærkningerne er for lange: højst " + TextLimits.NOTE + " tegn (nu "
          + comment.length() + ").");
    }
    input.requireValid();
    task.complete(Map.of(MINUTES_COMMENT.getName(), comment));
  }

  @Override
  public Optional<Preview> preview(ScreenTask task) {
    return Optional.of(round.preview((String) task.variable(MEETING_ID.getName()), readers.of(task)));
  }
}
