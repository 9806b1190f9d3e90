package dk.nordjylland.governance.screen.followup;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_DESCRIPTION;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.DUE_TEXT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.MEETING_TITLE;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_RESOLUTION;

import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.ActionOwnerNames;
import dk.nordjylland.governance.followup.Actions;
import dk.nordjylland.governance.followup.FollowUpActionProcess;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-up tasks of a meeting's decision (processes/follow-up-action.bpmn) on their own screens (ADR 0038): the
 * owner sees what they follow up on, the item and the decision the forum made on it, not only the action's one line.
 * Each task writes one text, under the variable name the task listener (ActionTaskCompletion) reads.
 */
abstract class FollowUpScreen implements TaskScreen {

  /** The longest text, as the listener checks it. */

  private final Actions actions;
  private final Items items;
  private final ActionOwnerNames owners;
  private final ClosedItemsOnScreen closed;

  FollowUpScreen(Actions actions, Items items, ActionOwnerNames owners, ClosedItemsOnScreen closed) {
    this.closed = closed;
    this.owners = owners;
    this.actions = actions;
    this.items = items;
  }

  /** The variable the task completes with (actionResult, reservationResolution, reservationReport). */
  abstract String field();

  /** The field's label on the screen. */
  abstract String label();

  /** The sentence above the field: what to write and what happens with it. */
  abstract String instruction();

  /** What the followed-up line is called ("Handling", "Forbehold"). */
  abstract String kindLabel();

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    Optional<Action> action = action(task);
    model.put("kindLabel", kindLabel());
    model.put("description", action.map(Action::description).orElse(task.text(ACTION_DESCRIPTION)));
    model.put("meetingTitle", task.text(MEETING_TITLE));
    // By name; an owner outside the collaboration has no login: the secretariat registers what they report (issue 15).
    model.put("ownerName", action.map(owners::of).orElse(null));
    model.put("ownedOutside", action.map(Action::ownedOutside).orElse(false));
    model.put("dueText", task.text(DUE_TEXT));
    model.put("field", field());
    model.put("label", label());
    model.put("instruction", instruction());
    model.put("resolution", task.text(RESERVATION_RESOLUTION));
    Optional<Item> item = action.map(Action::itemId).flatMap(items::find);
    Optional<AgendaEntry> decision = action.flatMap(a -> a.itemId() == null ? Optional.empty()
        : items.agendaEntriesOf(a.itemId()).stream().filter(e -> e.meetingId().equals(a.meetingId())).findFirst());
    model.put("itemPosition", decision.map(AgendaEntry::position).orElse(null));
    model.put("outcome", decision.map(AgendaEntry::outcome).map(o -> o.danish()).orElse(null));
    if (item.isPresent() && !closed.seesConfidential(task, item.get().id())) {
      // A closed item the person may not read (disqualified, ADR 0055): its public wording; the action's own
      // description stays, it is the task given to them.
      model.put("itemTitle", closed.publicHeading(item.get().id()));
      model.put("itemSummary", null);
      model.put("decisionText", decision.map(closed::publicDecision).orElse(null));
      model.put("closedNote", ClosedItemsOnScreen.NOTE);
      return;
    }
    model.put("itemTitle", item.map(Item::title).orElse(null));
    model.put("itemSummary", item.map(Item::summary).orElse(null));
    model.put("decisionText", decision.map(AgendaEntry::decisionText).orElse(null));
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    String text = input.text(field(), label(), true);
    if (text.length() > TextLimits.NOTE) {
      input.error(field(), label() + " er for lang: højst " + TextLimits.NOTE + " tegn (nu " + text.length() + ").");
    }
    input.requireValid();
    task.complete(Map.of(field(), text));
  }

  private Optional<Action> action(ScreenTask task) {
    return task.variable(FollowUpActionProcess.ACTION_ID.getName()) instanceof Number id
        ? actions.find(id.longValue()) : Optional.empty();
  }
}
