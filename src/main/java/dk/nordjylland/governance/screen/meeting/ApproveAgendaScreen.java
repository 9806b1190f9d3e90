package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_PUBLICATION_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.DECISION_FIELD;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.EMPTY_AGENDA_CONFIRMED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_TITLE;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.MeetingDocuments;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.screen.attachment.ScreenAttachments;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * The chair approves the agenda seeing it: the agenda exactly as the members will get it (every item's resumé,
 * indstilling, bilag and guests), with the PDF one click away and the bilag's files as links. Sending it back needs a remark; an empty agenda needs
 * an explicit yes.
 */
@Component
class ApproveAgendaScreen implements TaskScreen {

  static final String APPROVE = "godkend";
  static final String SEND_BACK = "tilbage";

  private final Items items;
  private final MeetingDocuments documents;
  private final MeetingState meetingState;
  private final ScreenAttachments attachments;

  private final ClosedItems closedItems;
  private final ClosedItemReaders readers;

  ApproveAgendaScreen(Items items, MeetingDocuments documents, MeetingState meetingState,
      ScreenAttachments attachments, ClosedItems closedItems, ClosedItemReaders readers) {
    this.readers = readers;
    this.closedItems = closedItems;
    this.items = items;
    this.documents = documents;
    this.meetingState = meetingState;
    this.attachments = attachments;
  }

  @Override
  public String name() {
    return "approve-agenda";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    model.put("meetingTitle", task.text(MEETING_TITLE));
    model.put("publication", task.text(AGENDA_PUBLICATION_TEXT));
    model.put("itemCount", items.agenda(meetingId).size());
    // A chair disqualified for a closed item (at an earlier meeting) reads it in its public wording (ADR 0055).
    LongPredicate sees = readers.show(task, meetingId, model, "dagsordenen");
    model.put("agendaHtml", documents.html(meetingId, DocumentKind.AGENDA, sees));
    model.put("meetingState", meetingState.of(meetingId, sees));
    // The items' files, each a link; an announced one ("eftersendes") can be given its file here (ADR 0035).
    model.put("agendaAttachments", attachments.ofAgenda(meetingId, sees));
    model.put("attachmentHint", attachments.hint());
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    String decision = input.choice(DECISION_FIELD, "Din beslutning", List.of(APPROVE, SEND_BACK), true);
    String remarks = input.text(AGENDA_REMARKS.getName(), "Bemærkninger", SEND_BACK.equals(decision));
    boolean emptyConfirmed = input.checked(EMPTY_AGENDA_CONFIRMED.getName());
    if (APPROVE.equals(decision) && !emptyConfirmed && items.agenda(meetingId).isEmpty()) {
      input.error(EMPTY_AGENDA_CONFIRMED.getName(),
          "Dagsordenen har ingen punkter. Sæt kryds, hvis den skal udsendes alligevel,"
          + " eller send den tilbage til screening.");
    }
    if (APPROVE.equals(decision)) {
      publicWording(closedItems.agendaProblems(meetingId), "Dagsordenen kan ikke udsendes", input);
    }
    input.requireValid();
    Map<String, Object> variables = new HashMap<>();
    variables.put(AGENDA_APPROVED.getName(), APPROVE.equals(decision));
    variables.put(AGENDA_REMARKS.getName(), remarks);
    variables.put(EMPTY_AGENDA_CONFIRMED.getName(), emptyConfirmed);
    task.complete(variables);
  }

  @Override
  public Optional<Preview> preview(ScreenTask task) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    return Optional.of(new Preview(DocumentKind.AGENDA.fileName(meetingId),
        documents.render(meetingId, DocumentKind.AGENDA, readers.of(task))));
  }

  /** A closed item without its public wording (ADR 0055): refused at the decision, as the task listener would. */
  private static void publicWording(Problems problems, String context, ScreenInput input) {
    try {
      problems.throwIfAny(context);
    } catch (UserInputException refused) {
      input.error("decision", refused.getMessage());
    }
  }
}
