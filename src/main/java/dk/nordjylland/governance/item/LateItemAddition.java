package dk.nordjylland.governance.item;

import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.validation.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A late item (tillægspunkt) on a sent agenda (ADR 0058): one of the forum's proposed items joins the agenda at a
 * position, by default before "Eventuelt". It is accepted as the screening accepts an item (Screening.accept), so it
 * ends where a screening would have put it; the members read it in the revised agenda once that is sent. The caller
 * has checked who may (the forum's secretariat).
 */
@Service
public class LateItemAddition {

  /** The fields a refusal is about (UserInputException.subject), as the API names them. */
  public static final String ITEM = "itemId";
  public static final String POSITION = "position";

  private final Items items;
  private final RevisableAgenda agenda;
  private final AgendaRevisions revisions;
  private final Screening screening;

  LateItemAddition(Items items, RevisableAgenda agenda, AgendaRevisions revisions, Screening screening) {
    this.items = items;
    this.agenda = agenda;
    this.revisions = revisions;
    this.screening = screening;
  }

  /**
   * Puts the item on the agenda; {@code position} null: before "Eventuelt" (or last). Returns the position it got.
   *
   * @throws dk.nordjylland.governance.validation.ConflictException (409) when the sent agenda cannot be changed
   * @throws dk.nordjylland.governance.validation.UserInputException (Danish) for an item or position not offered
   */
  @Transactional
  public int add(String meetingId, Long itemId, Integer position, String actor) {
    Meeting meeting = agenda.lock(meetingId);
    int last = items.agenda(meetingId).size() + 1;
    Problems problems = new Problems();
    boolean offered = itemId != null && revisions.waitingItems(meeting.forumId()).contains(itemId);
    problems.require(itemId != null, ITEM, "Vælg det punkt, der skal på dagsordenen som tillægspunkt.");
    problems.require(itemId == null || offered, ITEM, "Punktet kan ikke sættes på dagsordenen: det venter ikke i"
        + " forummets pipeline (det er fx allerede på en dagsorden, afgjort eller et fast punkt).");
    problems.require(position == null || (position >= 1 && position <= last), POSITION,
        "Vælg en placering mellem 1 og " + last + ".");
    problems.throwIfAny("Tillægspunktet kan ikke sættes på");

    int at = position == null ? agenda.defaultPosition(meetingId) : position;
    revisions.makeRoom(meetingId, at);
    screening.accept(meeting, itemId, at, "Tillægspunkt til den udsendte dagsorden", actor);
    return at;
  }
}
