package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.screen.ScreenTask;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * What the person looking at a meeting screen may read of its closed items (issue 17 point 7, ADR 0055, "Task
 * screens"): the one rule ClosedItems.seesConfidential asked for the logged-in person, not for the task's assignee (a
 * member may open another member's comment task). A closed item the person may not read (a member disqualified for
 * it) is shown in its public wording, without its bilag, and a Danish note on the page says so.
 */
@Component
class ClosedItemReaders {

  private final ForumAccess forumAccess;
  private final ClosedItems closedItems;
  private final Items items;

  ClosedItemReaders(ForumAccess forumAccess, ClosedItems closedItems, Items items) {
    this.forumAccess = forumAccess;
    this.closedItems = closedItems;
    this.items = items;
  }

  /** Per item: whether the person at the screen reads its confidential content. */
  LongPredicate of(ScreenTask task) {
    return closedItems.readableBy(forumAccess.reader(task.user()));
  }

  /**
   * {@link #of}, and the notes "closedNotes" in the model for each item of the meeting the person reads in its public
   * wording only. {@code approves}: what the person approves ("referatet", "dagsordenen"), or null for a reader: the
   * chair disqualified for an item still approves the whole, without answering for that item's confidential text.
   */
  LongPredicate show(ScreenTask task, String meetingId, Map<String, Object> model, String approves) {
    LongPredicate sees = of(task);
    List<String> notes = items.agenda(meetingId).stream().filter(e -> !sees.test(e.itemId()))
        .map(e -> note(e, approves)).toList();
    model.put("closedNotes", notes);
    return sees;
  }

  private static String note(AgendaEntry entry, String approves) {
    String note = "Punkt " + entry.position() + " er et lukket punkt, som du er inhabil i: du ser kun den offentlige"
        + " udgave af det (offentlig titel og beslutning), og dets bilag er ikke med.";
    return approves == null ? note : note + " Du godkender " + approves + " uden at tage stilling til punktets"
        + " fortrolige indhold: det svarer forummets sekretariat for, og forummets øvrige medlemmer har det fulde"
        + " punkt.";
  }
}
