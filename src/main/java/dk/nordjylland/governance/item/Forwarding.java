package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Moves matters between meetings and records the way both ways (gov_item_forward, ADR 0044): an item sent on to
 * another forum, and a postponed part or sub-topic that comes back on the forum's next meeting as an item of its own.
 * Callers run in their transaction (Screening, OutcomeRouting).
 */
@Component
class Forwarding {

  private final Items items;
  private final ItemForwards forwards;
  private final ItemLinks links;
  private final Meetings meetings;

  Forwarding(Items items, ItemForwards forwards, ItemLinks links, Meetings meetings) {
    this.items = items;
    this.forwards = forwards;
    this.links = links;
    this.meetings = meetings;
  }

  /**
   * Sends the item on to the forum (or the named meeting's forum): on the named meeting, else on the forum's next
   * meeting that takes items, else into its pipeline. {@code position}: the item's number on the sending meeting's
   * agenda, null when the screening sent it on.
   */
  void forward(Item item, String forumId, String targetMeetingId, Meeting from, Integer position, String text,
      String actor) {
    String forum = links.targetForum(forumId, targetMeetingId).orElseThrow();
    Optional<Meeting> target = links.destination(forum, targetMeetingId, from);
    String targetId = target.map(Meeting::id).orElse(null);
    items.moveTo(item.id(), forum, targetId, ItemStatus.PROPOSED);
    items.event(item.id(), ItemEventKind.FORWARDED, forum, targetId,
        links.sentOnText(forum, target) + " fra " + links.place(from.id(), position)
            + (text == null || text.isBlank() ? "" : ": " + text), actor, EngineClock.now());
    forwards.insert(item.id(), from.id(), item.id(), position, ItemForward.Kind.FORWARDED,
        new ForwardTarget.Forum(forum), targetId, EngineClock.now());
  }

  /**
   * A postponed part of the item (a text, or a sub-topic with its title) comes back on the forum's next meeting as an
   * item of its own, with the item's kind and case number, linked to where it came from. Returns its id.
   */
  long returnPart(Item item, int position, Meeting from, String title, String text) {
    String target = meetings.nextAfter(from).map(Meeting::id).orElse(null);
    String partTitle = title.length() <= 300 ? title : title.substring(0, 299) + "…";
    ItemProposal part = new ItemProposal(from.forumId(), target, partTitle, item.caseNumber(), text, null, null, null,
        null, List.of(), List.of());
    long id = items.insert(part, item.kind(), null, from.forumId(), target, false, "system", EngineClock.now());
    String origin = links.place(from.id(), position);
    items.event(id, ItemEventKind.PROPOSED, from.forumId(), target,
        "Udskudt del af punktet '" + abbreviate(item.title()) + "' (" + origin + ")", "system", EngineClock.now());
    items.event(item.id(), ItemEventKind.PART_POSTPONED, from.forumId(), target,
        "Udskudt del '" + abbreviate(partTitle) + "' sat på forummets næste møde som eget punkt", "system",
        EngineClock.now());
    forwards.insert(id, from.id(), item.id(), position, ItemForward.Kind.POSTPONED_PART,
        new ForwardTarget.Forum(from.forumId()), target, EngineClock.now());
    return id;
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
