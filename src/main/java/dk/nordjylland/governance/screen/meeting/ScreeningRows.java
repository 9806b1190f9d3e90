package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.item.Closure;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Screening;
import dk.nordjylland.governance.item.ScreeningDecision;
import dk.nordjylland.governance.item.ScreeningInput;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * The rows of "Screen og prioritér punkter" (ScreenItemsScreen): one per screenable item, shown with the decision the
 * screening proposes today, read back as the {@code screening} list our API sends, with each row's lukket punkt.
 */
@Component
class ScreeningRows {

  static final Map<String, String> DECISIONS = decisions();

  private final Screening screening;
  private final ScreeningChoices choices;
  private final ItemRows rows;
  private final ClosedItemFields closedItemFields;

  ScreeningRows(Screening screening, ScreeningChoices choices, ItemRows rows, ClosedItemFields closedItemFields) {
    this.screening = screening;
    this.choices = choices;
    this.rows = rows;
    this.closedItemFields = closedItemFields;
  }

  /** The rows as shown, and how many of their items came late. */
  record Shown(List<ItemRows.Row> rows, long lateCount) {}

  /** What was typed: the screening decisions, and the closures (lukket punkt) of the rows. */
  record Screened(List<ScreeningInput> decided, Map<Long, Closure> closures) {}

  /** {@code showsConfidential}: per item, whether the person at the screen reads its content (ADR 0055). */
  Shown show(String meetingId, ScreenForm form, LongPredicate showsConfidential) {
    List<ItemRows.Row> shown = new ArrayList<>();
    List<Item> screenable = screening.screenable(meetingId);
    for (int i = 0; i < screenable.size(); i++) {
      Item item = screenable.get(i);
      shown.add(rows.row(i + 1, item, showsConfidential));
      // Preset: what the screening proposes today (all accepted in order).
      form.preset(field("decision", item), ScreeningDecision.ACCEPT.name()).preset(field("position", item), i + 1);
      closedItemFields.presetClosure(form, item);
    }
    return new Shown(shown, screenable.stream().filter(Item::late).count());
  }

  /** Each row's decision, checked at its fields; the caller asks {@code input.requireValid()}. */
  Screened read(String meetingId, ScreenInput input) {
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
    return new Screened(decided, closedItemFields.readClosures(input, screenable));
  }

  /** The rows' lukket punkt (ADR 0055), in the task's transaction. */
  void saveClosures(Screened screened) {
    closedItemFields.saveClosures(screened.closures());
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

  private static Map<String, String> decisions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(ScreeningDecision.ACCEPT.name(), "Optag på dagsordenen");
    labels.put(ScreeningDecision.DEFER.name(), "Udskyd til et senere møde");
    labels.put(ScreeningDecision.FORWARD.name(), "Send til et andet forum");
    labels.put(ScreeningDecision.REJECT.name(), "Afvis");
    return Collections.unmodifiableMap(labels);
  }
}
