package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COLLECT_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ITEM_DEADLINE_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_TITLE;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.MeetingDocuments;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.ScreeningInput;
import dk.nordjylland.governance.screen.InvalidScreenInput;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * "Screen og prioritér punkter": one row per item of the meeting's pipeline (and its agenda so far, after a send-back),
 * as many as there are, each with its full content and the decision: accept with a position, defer to a later meeting
 * of the forum chosen by date, send to another forum chosen by name, or reject with a reason (the rows:
 * ScreeningRows). Submits the same JSON list {@code screening} as our API, so the task listener applies both the same
 * way.
 */
@Component
class ScreenItemsScreen implements TaskScreen {

  /** A refusal that concerns the list as a whole is shown above the rows. */
  static final String LIST_FIELD = "punkter";

  private final ScreeningRows screeningRows;
  private final ScreeningChoices choices;
  private final Items items;
  private final MeetingDocuments documents;
  private final MeetingState meetingState;
  private final ClosedItemReaders readers;

  ScreenItemsScreen(ScreeningRows screeningRows, ScreeningChoices choices, Items items, MeetingDocuments documents,
      MeetingState meetingState, ClosedItemReaders readers) {
    this.readers = readers;
    this.screeningRows = screeningRows;
    this.choices = choices;
    this.items = items;
    this.documents = documents;
    this.meetingState = meetingState;
  }

  @Override
  public String name() {
    return "screen-items";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    String meetingId = meetingId(task);
    // A chair disqualified for a closed item (at an earlier meeting) reads it by its public heading (ADR 0055).
    LongPredicate sees = readers.of(task);
    ScreeningRows.Shown shown = screeningRows.show(meetingId, (ScreenForm) model.get("form"), sees);
    model.put("meetingTitle", task.text(MEETING_TITLE));
    model.put("deadline", task.text(ITEM_DEADLINE_TEXT));
    model.put("remarks", task.text(AGENDA_REMARKS));
    model.put("collectRemarks", task.text(COLLECT_REMARKS));
    model.put("rows", shown.rows());
    model.put("lateCount", shown.lateCount());
    model.put("decisions", ScreeningRows.DECISIONS);
    model.put("meetings", choices.laterMeetings(meetingId));
    model.put("forums", choices.otherForums(meetingId));
    model.put("agendaSize", items.agenda(meetingId).size());
    model.put("meetingState", meetingState.of(meetingId, sees));
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    ScreeningRows.Screened screened = screeningRows.read(meetingId(task), input);
    input.requireValid();
    try {
      screeningRows.saveClosures(screened); // lukket punkt (ADR 0055), in the task's transaction
      task.complete(ScreeningInput.asTaskVariables(screened.decided()));
    } catch (RuntimeException e) {
      throw atTheRows(e);
    }
  }

  @Override
  public Optional<Preview> preview(ScreenTask task) {
    String meetingId = meetingId(task);
    return Optional.of(new Preview(DocumentKind.AGENDA.fileName(meetingId),
        documents.render(meetingId, DocumentKind.AGENDA, readers.of(task))));
  }

  /** A domain refusal with its problems at the rows they name (the item's decision), the rest above the list. */
  private static RuntimeException atTheRows(RuntimeException e) {
    UserInputException refused = UserInputException.in(e).orElse(null);
    if (refused == null) {
      return e;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    for (int i = 0; i < refused.problems().size(); i++) {
      String subject = refused.subject(i);
      String field = subject != null && subject.startsWith("item:") ? "decision-" + subject.substring(5) : LIST_FIELD;
      errors.merge(field, refused.problems().get(i), (a, b) -> a + " " + b);
    }
    return new InvalidScreenInput(errors);
  }

  private static String meetingId(ScreenTask task) {
    return (String) task.variable(MEETING_ID.getName());
  }
}
