package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.tasknames.TaskContext;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** A meeting cycle's tasks are about the meeting: "Godkend dagsorden – FFU 10.12.2026". */
@Component
class MeetingTaskContext implements TaskContext {

  private final Meetings meetings;
  private final MeetingTexts texts;

  MeetingTaskContext(Meetings meetings, MeetingTexts texts) {
    this.meetings = meetings;
    this.texts = texts;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(MeetingCycleProcess.KEY);
  }

  @Override
  public Optional<String> of(DelegateTask task) {
    return MeetingCycleProcess.MEETING_ID.from(task).getOptional().flatMap(meetings::find).map(texts::shortTitle);
  }
}
