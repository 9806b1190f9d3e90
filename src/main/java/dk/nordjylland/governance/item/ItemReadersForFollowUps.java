package dk.nordjylland.governance.item;

import dk.nordjylland.governance.followup.ItemReaders;
import dk.nordjylland.governance.identity.ForumAccess;
import org.springframework.stereotype.Component;

/** The follow-ups' API asks the one rule of closed items through this, without an arrow from followup to item. */
@Component
class ItemReadersForFollowUps implements ItemReaders {

  private final ClosedItems closedItems;

  ItemReadersForFollowUps(ClosedItems closedItems) {
    this.closedItems = closedItems;
  }

  @Override
  public boolean seesConfidential(ForumAccess.Reader reader, long itemId) {
    return !closedItems.isClosed(itemId) || closedItems.seesConfidential(reader, itemId);
  }
}
