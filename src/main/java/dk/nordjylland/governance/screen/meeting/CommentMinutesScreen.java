package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;

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

  CommentMinutesScreen(MinutesRound round) {
    this.round = round;
  }

  @Override
  public String name() {
    return "comment-minutes";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    model.put("meetingTitle", task.text("meetingTitle"));
    model.put("commentDeadline", task.text("commentDeadlineText"));
    round.draft(meetingId, model);
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    String comment = input.text("minutesComment", "Mine bemærkninger til referatet", false);
    if (comment.length() > TextLimits.NOTE) {
      input.error("minutesComment", "Bemærkningerne er for lange: højst " + TextLimits.NOTE + " tegn (nu "
          + comment.length() + ").");
    }
    input.requireValid();
    task.complete(Map.of("minutesComment", comment));
  }

  @Override
  public Optional<Preview> preview(ScreenTask task) {
    return Optional.of(round.preview((String) task.variable(MEETING_ID.getName())));
  }
}
