package dk.nordjylland.governance.item;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.validation.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An item as the logged-in user may see it (our API): read by the people of every forum it has been in (proposed to,
 * on an agenda of, forwarded to: its history), by whoever proposed it, and by process owners. An unknown item and one
 * the user may not read answer the same 404, so ids cannot be probed (docs/adr/0025-api-forum-scope.md).
 */
@Component
public class ItemAccess {

  private final Items items;
  private final ForumAccess forumAccess;

  ItemAccess(Items items, ForumAccess forumAccess) {
    this.items = items;
    this.forumAccess = forumAccess;
  }

  /** @throws NotFoundException (Danish) when there is no such item or the user may not read it */
  public Item require(long itemId, ForumAccess.Reader reader) {
    Item item = items.find(itemId).orElse(null);
    if (item == null || !mayRead(item, items.history(itemId), reader)) {
      throw unknown(itemId);
    }
    return item;
  }

  static boolean mayRead(Item item, List<ItemEvent> history, ForumAccess.Reader reader) {
    return reader.userId().equals(item.proposedBy()) || reader.mayRead(item.forumId())
        || history.stream().map(ItemEvent::forumId).distinct().anyMatch(reader::mayRead);
  }

  public static NotFoundException unknown(long itemId) {
    return new NotFoundException("Punkt " + itemId + " findes ikke.");
  }
}
