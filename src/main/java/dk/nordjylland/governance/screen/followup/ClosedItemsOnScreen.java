package dk.nordjylland.governance.screen.followup;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.screen.ScreenTask;
import org.springframework.stereotype.Component;

/**
 * A follow-up screen's item as the person at the screen may read it (issue 17 point 7, ADR 0055 "Task screens"): the
 * one rule ClosedItems.seesConfidential for the logged-in person; a closed item he or she may not read by its public
 * heading and public decision.
 */
@Component
class ClosedItemsOnScreen {

  static final String NOTE = "Punktet er et lukket punkt, som du er inhabil i: du ser kun den offentlige udgave af"
      + " det (offentlig titel og beslutning).";

  private final ForumAccess forumAccess;
  private final ClosedItems closedItems;

  ClosedItemsOnScreen(ForumAccess forumAccess, ClosedItems closedItems) {
    this.forumAccess = forumAccess;
    this.closedItems = closedItems;
  }

  boolean seesConfidential(ScreenTask task, long itemId) {
    return closedItems.seesConfidential(forumAccess.reader(task.user()), itemId);
  }

  String publicHeading(long itemId) {
    return closedItems.closure(itemId).publicHeading();
  }

  String publicDecision(AgendaEntry entry) {
    return closedItems.publicDecision(entry.meetingId(), entry.itemId());
  }
}
