package dk.nordjylland.governance.document;

import dk.nordjylland.governance.document.MeetingRecordView.ItemView;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Closure;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemLinks;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.Meeting;
import java.util.List;
import org.springframework.stereotype.Component;

/** How agenda and minutes word closed items (ADR 0055) and members' disqualification (issue 17 point 7). */
@Component
class ClosedItemWording {

  private final ClosedItems closedItems;
  private final MasterData masterData;
  private final ItemLinks links;

  ClosedItemWording(ClosedItems closedItems, MasterData masterData, ItemLinks links) {
    this.closedItems = closedItems;
    this.masterData = masterData;
    this.links = links;
  }

  Closure closure(long itemId) {
    return closedItems.closure(itemId);
  }

  /** The note on a closed item shown in full: "Lukket punkt. Offentlig titel: ...", or null for an open item. */
  String note(Closure closure) {
    return closure.closed() ? closure.fullNote() : null;
  }

  /** The public decision of a closed item, in the minutes. */
  List<TextBlocks.Block> publicDecision(String meetingId, long itemId) {
    return TextBlocks.of(closedItems.publicDecision(meetingId, itemId));
  }

  /** A closed item as the public reads it: its public title, the reason, and in the minutes the public decision. */
  ItemView publicItem(AgendaEntry entry, Item item, Closure closure, boolean minutes, Meeting meeting,
      List<String> disqualified) {
    MeetingRecordView.OutcomeParts parts = minutes
        ? new MeetingRecordView.OutcomeParts(entry.outcome() == Outcome.NO_DECISION,
            links.whereItGoes(entry, meeting).orElse(null), null, List.of())
        : MeetingRecordView.OutcomeParts.NONE;
    return new ItemView(entry.position(), "punkt-" + entry.position(), closure.publicHeading(), item.caseNumber(),
        null, List.of(), List.of(), List.of(), List.of(), null, List.of(),
        minutes && entry.outcome() != null && entry.outcome() != Outcome.NO_DECISION
            && (entry.outcome() != Outcome.FORWARDED || parts.sentOn() == null) ? entry.outcome().danish() : null,
        minutes ? TextBlocks.of(closedItems.publicDecision(meeting.id(), item.id())) : List.of(), null, List.of(),
        List.of(), parts, false, closure.publicNote(), List.of(), disqualified);
  }

  /** "Lone Berg deltog ikke i behandlingen af punktet." per member disqualified for the item (issue 17 point 7). */
  List<String> disqualifiedLines(String meetingId, long itemId) {
    return closedItems.disqualifications(meetingId, itemId).stream()
        .map(d -> masterData.person(d.personId()).map(Person::name).orElse(d.personId())
            + " deltog ikke i behandlingen af punktet.").toList();
  }
}
