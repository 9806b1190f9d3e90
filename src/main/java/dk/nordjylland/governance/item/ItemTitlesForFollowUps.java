package dk.nordjylland.governance.item;

import dk.nordjylland.governance.followup.ItemTitles;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Gives the follow-ups the item titles their mails name, without an arrow from followup back to item. */
@Component
class ItemTitlesForFollowUps implements ItemTitles {

  private final Items items;

  ItemTitlesForFollowUps(Items items) {
    this.items = items;
  }

  @Override
  public Optional<String> title(long itemId) {
    return items.find(itemId).map(Item::title);
  }
}
