package dk.nordjylland.governance.item;

import dk.nordjylland.governance.identity.ForumAccess;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Our API's answers as someone without access to a closed item's confidential content reads them (a disqualified
 * member, ADR 0055): the public title in place of the title, no case text, recommendations, attachments, history or
 * actions, and the public decision in place of the decision. Who has access: {@link ClosedItems#seesConfidential}.
 */
@Component
class ClosedItemViews {

  private final ClosedItems closedItems;

  ClosedItemViews(ClosedItems closedItems) {
    this.closedItems = closedItems;
  }

  ItemDetails asSeenBy(ForumAccess.Reader reader, ItemDetails details) {
    long itemId = details.item().id();
    if (closedItems.seesConfidential(reader, itemId)) {
      return details;
    }
    Closure closure = closedItems.closure(itemId);
    return new ItemDetails(closure.publicItem(details.item()), details.placement(), List.of(), List.of(),
        details.agendas().stream().map(this::publicEntry).toList(), List.of(), List.of(), details.cameFrom(),
        details.sentOn(), List.of());
  }

  List<AgendaEntry> asSeenBy(ForumAccess.Reader reader, List<AgendaEntry> agenda) {
    return agenda.stream().map(e -> closedItems.seesConfidential(reader, e.itemId()) ? e : publicEntry(e)).toList();
  }

  private AgendaEntry publicEntry(AgendaEntry e) {
    return new AgendaEntry(e.meetingId(), e.itemId(), e.position(), null, e.outcome(),
        closedItems.publicDecision(e.meetingId(), e.itemId()), e.targetForumId(), e.targetMeetingId(), null, null,
        e.decidedAt(), null);
  }
}
