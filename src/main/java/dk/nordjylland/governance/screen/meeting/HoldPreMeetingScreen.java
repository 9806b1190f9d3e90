package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.MeetingDocuments;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * "Afhold formøde": the municipal pre-meeting's secretariat sees the agenda the municipalities align on (as the members
 * will get it, and its PDF) and notes the conclusions.
 */
@Component
class HoldPreMeetingScreen implements TaskScreen {

  /** As MeetingTaskCompletion checks it. */
  static final int MAX_CONCLUSIONS = 4000;

  private final Items items;
  private final MeetingDocuments documents;
  private final MeetingState meetingState;

  HoldPreMeetingScreen(Items items, MeetingDocuments documents, MeetingState meetingState) {
    this.meetingState = meetingState;
    this.items = items;
    this.documents = documents;
  }

  @Override
  public String name() {
    return "hold-pre-meeting";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    model.put("meetingTitle", task.text("meetingTitle"));
    model.put("itemCount", items.agenda(meetingId).size());
    model.put("meetingState", meetingState.of(meetingId));
    model.put("agendaHtml", documents.html(meetingId, DocumentKind.AGENDA));
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    String conclusions = input.text("preMeetingConclusions", "Formødets konklusioner", true);
    if (conclusions.length() > MAX_CONCLUSIONS) {
      input.error("preMeetingConclusions", "Konklusionerne er for lange: højst " + MAX_CONCLUSIONS + " tegn (nu "
          + conclusions.length() + ").");
    }
    if (!input.checked("preMeetingHeld")) {
      input.error("preMeetingHeld", "Sæt kryds for at bekræfte, at formødet er afholdt.");
    }
    input.requireValid();
    task.complete(Map.of("preMeetingHeld", true, "preMeetingConclusions", conclusions));
  }

  @Override
  public Optional<Preview> preview(ScreenTask task) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    return Optional.of(new Preview(DocumentKind.AGENDA.fileName(meetingId),
        documents.render(meetingId, DocumentKind.AGENDA)));
  }
}
