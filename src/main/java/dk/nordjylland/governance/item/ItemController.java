package dk.nordjylland.governance.item;

import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.identity.ForumAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Proposing an item and reading one with its history, for the case system and scripts. */
@RestController
@Tag(name = "Agenda")
class ItemController {

  private final ItemProposals proposals;
  private final Items items;
  private final ForumAccess forumAccess;
  private final FollowUps followUps;
  private final ItemLinks links;
  private final ClosedItemViews closedItemViews;

  ItemController(ItemProposals proposals, Items items, ForumAccess forumAccess, FollowUps followUps, ItemLinks links,
      ClosedItemViews closedItemViews) {
    this.closedItemViews = closedItemViews;
    this.proposals = proposals;
    this.items = items;
    this.forumAccess = forumAccess;
    this.followUps = followUps;
    this.links = links;
  }

  /** The body's fields; a {@code proposedBy} in it is refused (400): the proposer is always the logged-in user. */
  @PostMapping("/api/items")
  @Operation(summary = "Propose an item for a forum's meeting (or its next open meeting), as the logged-in user;"
      + " who may propose to which forum is configuration (governance.proposals)")
  ResponseEntity<ItemDetails> propose(@RequestBody ItemProposalRequest proposal) {
    String user = forumAccess.currentUser();
    long id = proposals.propose(proposal.proposalOf(user), proposal.announced(), user);
    return ResponseEntity.created(URI.create("/api/items/" + id)).body(details(id));
  }

  @GetMapping("/api/items/{itemId}")
  @Operation(summary = "An item with its parts, the agendas it was on, its decisions, history and actions (the"
      + " people of a forum it has been in, its proposer, process owners)")
  ItemDetails details(@PathVariable long itemId) {
    Item item = items.find(itemId).orElse(null);
    List<ItemEvent> history = items.history(itemId);
    if (item == null || !ItemAccess.mayRead(item, history, forumAccess.currentReader())) {
      // The same answer as an unknown id, so ids cannot be probed.
      throw ItemAccess.unknown(itemId);
    }
    // A closed item's confidential parts only for those who may read them (ADR 0055).
    return closedItemViews.asSeenBy(forumAccess.currentReader(), new ItemDetails(item, proposals.placement(item),
        items.recommendations(itemId), items.attachments(itemId), items.agendaEntriesOf(itemId), history,
        followUps.ofItem(itemId), links.cameFrom(itemId), links.sentOn(itemId), items.subTopicsOf(itemId)));
  }
}
