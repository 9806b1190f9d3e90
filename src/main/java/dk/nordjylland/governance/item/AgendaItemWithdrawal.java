package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item withdrawn from a sent agenda ("punktet udgår", ADR 0058), with a reason: it goes back to the forum's
 * pipeline for the next meeting that takes items, as a postponed item does, and that meeting's screening decides on it
 * again. A standing item cannot be withdrawn, nor one the meeting has already decided on. A process waiting for the
 * forum's decision (forumDecision) goes on waiting: no decision was made. The caller has checked who may.
 */
@Service
public class AgendaItemWithdrawal {

  /** The fields a refusal is about (UserInputException.subject), as the API names them. */
  public static final String ITEM = "itemId";
  public static final String REASON = "reason";

  private final Items items;
  private final Meetings meetings;
  private final RevisableAgenda agenda;
  private final AgendaRevisions revisions;

  AgendaItemWithdrawal(Items items, Meetings meetings, RevisableAgenda agenda, AgendaRevisions revisions) {
    this.items = items;
    this.meetings = meetings;
    this.agenda = agenda;
    this.revisions = revisions;
  }

  /**
   * @throws dk.nordjylland.governance.validation.ConflictException (409) when the sent agenda cannot be changed
   * @throws dk.nordjylland.governance.validation.UserInputException (Danish) for an item not on the agenda, a
   *     standing or decided item, or no reason
   */
  @Transactional
  public void withdraw(String meetingId, Long itemId, String reason, String actor) {
    Meeting meeting = agenda.lock(meetingId);
    Optional<AgendaEntry> entry = items.agenda(meetingId).stream().filter(e -> e.itemId().equals(itemId)).findFirst();
    Item item = entry.map(e -> items.get(e.itemId())).orElse(null);
    Problems problems = new Problems();
    String title = item == null ? "" : item.title();
    problems.require(itemId != null, ITEM, "Vælg det punkt, der skal udgå af dagsordenen.");
    problems.require(itemId == null || item != null, ITEM, "Punktet er ikke på dagsordenen til mødet.");
    problems.require(item == null || !item.standing(), ITEM, "'" + title + "' er et fast punkt og kan ikke udgå.");
    problems.require(entry.map(e -> e.outcome() == null).orElse(true), ITEM, "Mødet har allerede truffet beslutning"
        + " om '" + title + "'; punktet kan ikke udgå.");
    problems.requireText(reason, REASON, "Skriv hvorfor punktet udgår; begrundelsen står i punktets historik.");
    problems.require(reason == null || reason.length() <= TextLimits.REASON, REASON,
        "Begrundelsen må højst have " + TextLimits.REASON + " tegn.");
    problems.throwIfAny("Punktet kan ikke udgå");

    revisions.remove(meetingId, itemId, entry.orElseThrow().position());
    // As a postponed item: back in the pipeline of the next meeting that takes items (none yet: the next call).
    String target = meetings.nextOpen(meeting.forumId(), meeting.startsAt()).map(Meeting::id).orElse(null);
    items.moveTo(itemId, meeting.forumId(), target, ItemStatus.PROPOSED);
    items.event(itemId, ItemEventKind.WITHDRAWN_FROM_AGENDA, meeting.forumId(), meetingId, "Udgået af dagsordenen: "
        + reason.strip(), actor, EngineClock.now());
  }
}
