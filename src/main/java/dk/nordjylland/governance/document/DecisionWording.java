package dk.nordjylland.governance.document;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.DecidedAction;
import dk.nordjylland.governance.item.ExternalForwarding;
import dk.nordjylland.governance.item.ItemLinks;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.masterdata.OwnerNames;
import dk.nordjylland.governance.meeting.Meeting;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** How the minutes word an item's outcome: the outcome, decision text, where it went, sub-topics and actions. */
@Component
class DecisionWording {

  private final Items items;
  private final ItemLinks links;
  private final ExternalForwarding externalForwarding;
  private final OwnerNames ownerNames;

  DecisionWording(Items items, ItemLinks links, ExternalForwarding externalForwarding, OwnerNames ownerNames) {
    this.items = items;
    this.links = links;
    this.externalForwarding = externalForwarding;
    this.ownerNames = ownerNames;
  }

  /** The outcome in Danish, unless there is none to print, or "sent on" says it (then the link names where). */
  String outcome(AgendaEntry entry, Meeting meeting) {
    return entry.outcome() != null && entry.outcome() != Outcome.NO_DECISION
        && (entry.outcome() != Outcome.FORWARDED || links.whereItGoes(entry, meeting).isEmpty())
        ? entry.outcome().danish() : null;
  }

  /** An item's decided actions: "<description> (ansvarlig: <owner>, frist: <date>)". */
  List<String> actionLines(List<DecidedAction> actions, Long itemId) {
    return actions.stream().filter(a -> a.itemId().equals(itemId))
        .map(a -> a.description() + " (ansvarlig: " + owner(a) + ", frist: " + a.dueDate().format(DanishDates.DATE) + ")")
        .toList();
  }

  /** Where the item went, its postponed part and its sub-topics, as the minutes print them (ADR 0044). */
  MeetingRecordView.OutcomeParts parts(AgendaEntry entry, Meeting meeting) {
    List<MeetingRecordView.SubTopicView> subTopics = items.subTopics(meeting.id(), entry.itemId()).stream()
        .map(s -> new MeetingRecordView.SubTopicView(entry.position() + "." + s.letter(), s.title(),
            TextBlocks.of(s.text()), s.outcome() == Outcome.NO_DECISION ? null : s.outcome().danish(),
            TextBlocks.of(s.decisionText())))
        .toList();
    String postponed = entry.postponedPart() == null || entry.postponedPart().isBlank() ? null
        : entry.postponedPart().strip();
    return new MeetingRecordView.OutcomeParts(entry.outcome() == Outcome.NO_DECISION,
        links.whereItGoes(entry, meeting).orElse(null), postponed, subTopics);
  }

  /** The decision's text, then "Sendt videre til KKR Nordjyllands sekretariat." for each body it went to (issue 15). */
  List<TextBlocks.Block> withExternalReceivers(List<TextBlocks.Block> decision, String meetingId, long itemId) {
    List<String> receivers = externalForwarding.receivers(meetingId, itemId);
    if (receivers.isEmpty()) {
      return decision;
    }
    List<TextBlocks.Block> blocks = new ArrayList<>(decision);
    blocks.add(new TextBlocks.Block(false, List.of("Sendt videre til " + String.join(" og ", receivers) + ".")));
    return blocks;
  }

  /** The owner by name (issue 15): a person, a group in Danish ("FFU's sekretariat"), an external body, a guest. */
  private String owner(DecidedAction action) {
    return action.owner() != null ? ownerNames.name(action.owner()) : action.guestName() + " (gæst)";
  }
}
