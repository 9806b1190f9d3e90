package dk.nordjylland.governance.item;

import dk.nordjylland.governance.identity.ForumAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Issue 15: the secretariat fills in a standing item's content for its meeting. */
@RestController
@Tag(name = "Agenda")
class StandingItemController {

  private final StandingItems standingItems;
  private final Items items;
  private final ForumAccess forumAccess;

  StandingItemController(StandingItems standingItems, Items items, ForumAccess forumAccess) {
    this.standingItems = standingItems;
    this.items = items;
    this.forumAccess = forumAccess;
  }

  /** The standing item as stored now, with its indstilling. */
  record FilledItem(Item item, List<Recommendation> recommendations) {}

  @PutMapping("/api/items/{itemId}/content")
  @Operation(summary = "Fill in a standing item's resumé, sagsfremstilling, økonomi, fortsat sagsbehandling and"
      + " indstilling for its meeting (the forum's secretariat, until the agenda is approved); replaces all of them")
  FilledItem fill(@PathVariable long itemId, @RequestBody StandingItemContent content) {
    Item item = standingItems.fill(itemId, content, forumAccess.currentUser());
    return new FilledItem(item, items.recommendations(itemId));
  }
}
