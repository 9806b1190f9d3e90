package dk.nordjylland.governance.item;

import dk.nordjylland.governance.followup.ItemTitles;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Gives the follow-ups the item titles their mails name, without an arrow from followup back to item. */
@Component
class ItemTitlesForFollowUps implements ItemTitles {

  private final Items items;
  private final ClosedItems closedItems;

  ItemTitlesForFollowUps(Items items, ClosedItems closedItems) {
    this.items = items;
    this.closedItems = closedItems;
  }

  @Override
  public Optional<String> title(long itemId) {
    return items.find(itemId)
        .map(item -> {
          Closure closure = closedItems.closure(item.id());
          return closure.closed() ? closure.publicHeading() : item.title();
        });
  }
}
