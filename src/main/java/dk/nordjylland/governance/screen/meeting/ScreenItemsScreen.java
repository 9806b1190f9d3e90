package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COLLECT_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ITEM_DEADLINE_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_TITLE;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.MeetingDocuments;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Screening;
import dk.nordjylland.governance.item.ScreeningDecision;
import dk.nordjylland.governance.item.ScreeningInput;
import dk.nordjylland.governance.screen.InvalidScreenInput;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * "Screen og prioritér punkter": one row per item of the meeting's pipeline (and its agenda so far, after a send-back),
 * as many as there are, each with its full content and the decision: accept with a position, defer to a later meeting
 * of the forum chosen by date, send to another forum chosen by name, or reject with a reason. Submits the same JSON
 * list {@code screening} as our API, so the task listener applies both the same way.
 */
@Component
class ScreenItemsScreen implements TaskScreen {

  /** A refusal that concerns the list as a whole is shown above the rows. */
  static final String LIST_FIELD = "punkter";
  static final Map<String, String> DECISIONS = decisions();

  private final Screening screening;
  private final ScreeningChoices choices;
  private final Items items;
  private final MeetingDocuments documents;
  private final ItemRows rows;
  private final MeetingState meetingState;
  private final ClosedItemFields closedItemFields;

  ScreenItemsScreen(Screening screening, ScreeningChoices choices, Items items, MeetingDocuments documents,
      ItemRows rows, MeetingState meetingState, ClosedItemFields closedItemFields) {
    this.closedItemFields = closedItemFields;
    this.screening = screening;
    this.choices = choices;
    this.items = items;
    this.documents = documents;
    this.rows = rows;
    this.meetingState = meetingState;
  }

  @Override
  public String name() {
    return "screen-items";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    String meetingId = meetingId(task);
    List<ItemRows.Row> shown = new ArrayList<>();
    List<Item> screenable = screening.screenable(meetingId);
    ScreenForm form = (ScreenForm) model.get("form");
    for (int i = 0; i < screenable.size(); i++) {
      Item item = screenable.get(i);
      shown.add(rows.row(i + 1, item));
      // Preset: what the screening proposes today (all accepted in order).
      form.preset(field("decision", item), ScreeningDecision.ACCEPT.name()).preset(field("position", item), i + 1);
      closedItemFields.presetClosure(form, item);
    }
    model.put("meetingTitle", task.text(MEETING_TITLE));
    model.put("deadline", task.text(ITEM_DEADLINE_TEXT));
    model.put("remarks", task.text(AGENDA_REMARKS));
    model.put("collectRemarks", task.text(COLLECT_REMARKS));
    model.put("rows", shown);
    model.put("lateCount", screenable.stream().filter(Item::late).count());
    model.put("decisions", DECISIONS);
    model.put("meetings", choices.laterMeetings(meetingId));
    model.put("forums", choices.otherForums(meetingId));
    model.put("agendaSize", items.agenda(meetingId).size());
    model.put("meetingState", meetingState.of(meetingId));
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    String meetingId = meetingId(task);
    Map<String, String> laterMeetings = choices.laterMeetings(meetingId);
    Map<String, String> otherForums = choices.otherForums(meetingId);
    List<ScreeningInput> decided = new ArrayList<>();
    List<Item> screenable = screening.screenable(meetingId);
    for (int i = 0; i < screenable.size(); i++) {
      Item item = screenable.get(i);
      String label = "Punkt " + (i + 1);
      String decision = input.choice(field("decision", item), label + ", beslutning", DECISIONS.keySet(), true);
      Integer position = null;
      String deferTo = null;
      String forum = null;
      if (ScreeningDecision.ACCEPT.name().equals(decision)) {
        position = position(input, field("position", item), label);
      } else if (ScreeningDecision.DEFER.name().equals(decision)) {
        deferTo = required(input, field("deferTo", item), label + ": vælg det møde, punktet udskydes til.");
        deferTo = deferTo == null ? null
            : input.choice(field("deferTo", item), label + ", udskyd til møde", laterMeetings.keySet(), true);
      } else if (ScreeningDecision.FORWARD.name().equals(decision)) {
        forum = required(input, field("targetForum", item), label + ": vælg det forum, punktet sendes til.");
        forum = forum == null ? null
            : input.choice(field("targetForum", item), label + ", send til forum", otherForums.keySet(), true);
      }
      String reason = input.text(field("reason", item), label + ", begrundelse", false);
      if (ScreeningDecision.REJECT.name().equals(decision) && reason.isEmpty()) {
        input.error(field("reason", item), label + ": skriv en begrundelse for at afvise punktet.");
      }
      decided.add(new ScreeningInput(item.id(), decision == null ? null : ScreeningDecision.valueOf(decision), position,
          deferTo, forum, reason.isEmpty() ? null : reason));
    }
    var closures = closedItemFields.readClosures(input, screenable);
    input.requireValid();
    try {
      closedItemFields.saveClosures(closures); // lukket punkt (ADR 0055), in the task's transaction
      task.complete(ScreeningInput.asTaskVariables(decided));
    } catch (RuntimeException e) {
      throw atTheRows(e);
    }
  }

  @Override
  public Optional<Preview> preview(ScreenTask task) {
    String meetingId = meetingId(task);
    return Optional.of(new Preview(DocumentKind.AGENDA.fileName(meetingId),
        documents.render(meetingId, DocumentKind.AGENDA)));
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

  /** The typed value, or null with the message on the field when nothing was chosen. */
  private static String required(ScreenInput input, String field, String message) {
    String value = input.text(field);
    if (value.isEmpty()) {
      input.error(field, message);
      return null;
    }
    return value;
  }

  /** Empty: the end of the agenda. Else a whole number from 1. */
  private static Integer position(ScreenInput input, String field, String label) {
    String typed = input.text(field);
    if (typed.isEmpty()) {
      return null;
    }
    try {
      int position = Integer.parseInt(typed);
      if (position >= 1 && position <= 999) {
        return position;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    input.error(field, label + ", rækkefølge: skriv et helt tal fra 1, fx 3 (nu \"" + typed + "\").");
    return null;
  }

  static String field(String name, Item item) {
    return name + "-" + item.id();
  }

  private static String meetingId(ScreenTask task) {
    return (String) task.variable(MEETING_ID.getName());
  }

  private static Map<String, String> decisions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(ScreeningDecision.ACCEPT.name(), "Optag på dagsordenen");
    labels.put(ScreeningDecision.DEFER.name(), "Udskyd til et senere møde");
    labels.put(ScreeningDecision.FORWARD.name(), "Send til et andet forum");
    labels.put(ScreeningDecision.REJECT.name(), "Afvis");
    return Collections.unmodifiableMap(labels);
  }
}
