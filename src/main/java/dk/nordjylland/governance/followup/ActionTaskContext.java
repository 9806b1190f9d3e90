package dk.nordjylland.governance.followup;

import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.tasknames.TaskContext;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** A follow-up is about the meeting that decided it: "Udfør opfølgende handling – FFU 10.12.2026". */
@Component
class ActionTaskContext implements TaskContext {

  private final Actions actions;
  private final Meetings meetings;
  private final MeetingTexts texts;
  private final MasterData masterData;

  ActionTaskContext(Actions actions, Meetings meetings, MeetingTexts texts, MasterData masterData) {
    this.actions = actions;
    this.meetings = meetings;
    this.texts = texts;
    this.masterData = masterData;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(FollowUpActionProcess.KEY);
  }

  @Override
  public Optional<String> of(DelegateTask task) {
    return FollowUpActionProcess.ACTION_ID.from(task).getOptional().flatMap(actions::find).flatMap(action ->
        Optional.ofNullable(action.meetingId()).flatMap(meetings::find).map(texts::shortTitle)
            .or(() -> masterData.forum(action.forumId()).map(f -> f.shortName())));
  }
}
