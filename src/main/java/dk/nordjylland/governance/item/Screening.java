package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.item.ProblemSubjects.subject;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model's step "screening" (Screening af punkter): the chair and secretariat accept each item of the pipeline
 * onto the agenda in an order, defer it to a later meeting, reject it with a reason or send it to another forum.
 * Everything is checked first, then written in one transaction.
 */
@Service
public class Screening {

  private final Items items;
  private final Meetings meetings;
  private final Forwarding forwarding;
  private final DestinationChecks destinations;

  Screening(Items items, Meetings meetings, Forwarding forwarding, DestinationChecks destinations) {
    this.items = items;
    this.meetings = meetings;
    this.forwarding = forwarding;
    this.destinations = destinations;
  }

  /**
   * The screening as proposed before anyone decides: every screenable item accepted, in today's order (the screen's
   * preset, and what a completion through the Java API without a list applies).
   */
  public List<ScreeningInput> proposedScreening(String meetingId) {
    List<ScreeningInput> rows = new ArrayList<>();
    int position = 1;
    for (Item item : screenable(meetingId)) {
      rows.add(new ScreeningInput(item.id(), ScreeningDecision.ACCEPT, position++, null, null, null));
    }
    return rows;
  }

  /** The items the screening decides on: the meeting's agenda so far (a send-back) and its pipeline. */
  public List<Item> screenable(String meetingId) {
    List<Item> result = new ArrayList<>();
    for (AgendaEntry e : items.agenda(meetingId)) {
      result.add(items.find(e.itemId()).orElseThrow());
    }
    result.addAll(items.pipeline(meetingId));
    return result;
  }

  /** The forum's meetings after this one that still take items: where the screening may defer an item to. */
  public List<Meeting> deferTargets(String meetingId) {
    Meeting meeting = meetings.get(meetingId);
    return meetings.ofForum(meeting.forumId()).stream().filter(m -> m.startsAt().isAfter(meeting.startsAt()))
        .filter(m -> m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.CALL_FOR_ITEMS).toList();
  }

  @Transactional
  public void applyScreening(String meetingId, List<ScreeningInput> inputs, String actor) {
    Meeting meeting = meetings.get(meetingId);
    List<Item> screenable = screenable(meetingId);
    Map<Long, Item> byId = new LinkedHashMap<>();
    screenable.forEach(i -> byId.put(i.id(), i));
    Problems problems = new Problems();
    Set<Long> seen = new HashSet<>();
    for (ScreeningInput in : inputs) {
      Item item = in.itemId() == null ? null : byId.get(in.itemId());
      if (item == null) {
        problems.add("Punkt " + in.itemId() + " er ikke i pipeline til mødet.");
        continue;
      }
      seen.add(item.id());
      String name = "'" + item.title() + "'";
      String subject = subject(item.id());
      if (in.decision() == null) {
        problems.add(subject, "Vælg en beslutning for " + name + ".");
        continue;
      }
      switch (in.decision()) {
        case DEFER -> destinations.laterMeetingOfForum(in.deferToMeetingId(), meeting, "Udskyd " + name, problems, subject);
        case REJECT -> problems.requireText(in.reason(), subject, "Skriv en begrundelse for at afvise " + name + ".");
        case FORWARD -> destinations.otherForum(in.targetForumId(), meeting, "Send " + name, problems, subject);
        case ACCEPT -> { }
      }
    }
    for (Item item : screenable) {
      problems.require(seen.contains(item.id()), subject(item.id()), "Punktet '" + item.title() + "' mangler en beslutning.");
    }
    problems.throwIfAny("Screeningen kan ikke gemmes");

    items.clearAgenda(meetingId);
    List<ScreeningInput> accepted = new ArrayList<>();
    for (ScreeningInput in : inputs) {
      Item item = byId.get(in.itemId());
      switch (in.decision()) {
        case ACCEPT -> accepted.add(in);
        case DEFER -> {
          items.moveTo(item.id(), item.forumId(), in.deferToMeetingId(), ItemStatus.PROPOSED);
          items.event(item.id(), ItemEventKind.DEFERRED, item.forumId(), in.deferToMeetingId(), in.reason(), actor, EngineClock.now());
        }
        case REJECT -> {
          items.moveTo(item.id(), item.forumId(), meetingId, ItemStatus.REJECTED);
          items.event(item.id(), ItemEventKind.REJECTED, item.forumId(), meetingId, in.reason(), actor, EngineClock.now());
        }
        case FORWARD -> forwarding.forward(item, in.targetForumId(), null, meeting, null, in.reason(), actor);
      }
    }
    List<ScreeningInput> ordered = new ArrayList<>(accepted);
    ordered.sort(Comparator.comparing((ScreeningInput s) -> s.position() == null ? Integer.MAX_VALUE : s.position()));
    int position = 1;
    for (ScreeningInput in : ordered) {
      accept(meeting, in.itemId(), position++, null, actor);
    }
  }

  /**
   * Puts an item on the meeting's agenda at a free position, as the screening accepts it: on the agenda, aimed at
   * the meeting, its history saying "accepted". Also the way a late item joins a sent agenda (LateItemAddition,
   * ADR 0058), so the item ends where a screening would have put it. {@code text}: the history's note, or null.
   */
  void accept(Meeting meeting, long itemId, int position, String text, String actor) {
    items.putOnAgenda(meeting.id(), itemId, position);
    items.moveTo(itemId, meeting.forumId(), meeting.id(), ItemStatus.ON_AGENDA);
    items.event(itemId, ItemEventKind.ACCEPTED, meeting.forumId(), meeting.id(), text, actor, EngineClock.now());
  }
}
