package dk.nordjylland.governance.item;


import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model's first step, "an item is proposed" (Forslag til punkt): a person or a process puts an item into a
 * forum's pipeline, on a named meeting or the forum's next one that takes items; and an item waiting there is moved
 * to another meeting of its forum. Each validates everything first and then writes, in one transaction.
 */
@Service
public class ItemProposals {

  private final Items items;
  private final Meetings meetings;
  private final MasterData masterData;
  private final MeetingTexts texts;
  private final CallForItems call;
  private final ProposalRights rights;

  ItemProposals(Items items, Meetings meetings, MasterData masterData, MeetingTexts texts, CallForItems call,
      ProposalRights rights) {
    this.items = items;
    this.meetings = meetings;
    this.masterData = masterData;
    this.texts = texts;
    this.call = call;
    this.rights = rights;
  }

  /**
   * A user proposes an item for a meeting (or the forum's next open meeting): the API and the Tasklist's start
   * form. The proposer is the logged-in user, who must be in one of the groups that may propose to the forum
   * ({@code governance.proposals}); returns the item's id.
   *
   * @throws NotAllowedException (Danish, 403 in our API) when the user may not propose to the forum
   * @throws dk.nordjylland.governance.validation.UserInputException (Danish) for an invalid proposal
   */
  @Transactional
  public long propose(ItemProposal p, String proposer) {
    return propose(p, ItemProposal.Announced.NOTHING, proposer);
  }

  /**
   * A proposal with its kind, guests and standing mark (issue 15). Only the forum's secretariat proposes a standing
   * item (fast punkt): it is on every agenda of the forum's choosing, so a member's proposal cannot be one (403).
   */
  @Transactional
  public long propose(ItemProposal p, ItemProposal.Announced announced, String proposer) {
    if (proposer == null || proposer.isBlank()) {
      throw new NotAllowedException("Kun en logget ind bruger kan foreslå et punkt.");
    }
    Forum forum = p.forumId() == null ? null : masterData.forum(p.forumId()).orElse(null);
    rights.requireMayPropose(forum, announced, proposer);
    return register(p, announced, forum, proposer, true, true);
  }

  /**
   * A process puts an item into a forum's pipeline (an agreement's forum step, a consultation's replies, the demo
   * data): the process decided it may, so no proposer's rights are checked. {@code recordedAs}: who the item's
   * history names as proposer ("system" or the person who started the process).
   */
  @Transactional
  public long proposeForProcess(ItemProposal p, String recordedAs) {
    return register(p, ItemProposal.Announced.NOTHING,
        p.forumId() == null ? null : masterData.forum(p.forumId()).orElse(null), recordedAs, false, false);
  }

  /**
   * {@code lateAllowed}: the forum's secretariat and chair may register after the deadline; {@code nextOpenRule}: no
   * meeting means the next meeting that takes items, refused if there is none. Processes keep the old rule (an item
   * without a meeting waits for the forum's next call for items).
   */
  private long register(ItemProposal p, ItemProposal.Announced announced, Forum forum, String proposedBy,
      boolean lateAllowed, boolean nextOpenRule) {
    Problems problems = new Problems();
    Optional<ItemKind> kind = announced.kind() == null || announced.kind().isBlank()
        ? Optional.of(p.title() == null ? ItemKind.OTHER : ItemKind.fromTitle(p.title()))
        : ItemKind.parse(announced.kind());
    problems.require(kind.isPresent(), "Arten '" + announced.kind() + "' findes ikke. Vælg Orientering, Drøftelse,"
        + " Godkendelse eller Beslutning.");
    problems.maxLength(announced.guests(), TextLimits.GUESTS, "Gæster");
    problems.require(p.forumId() != null && !p.forumId().isBlank(), "Vælg det forum, punktet skal behandles i.");
    problems.require(p.forumId() == null || p.forumId().isBlank() || forum != null,
        "Forummet '" + p.forumId() + "' findes ikke.");
    problems.requireText(p.title(), "Punktet skal have en titel.");
    problems.maxLength(p.title(), TextLimits.TITLE, "Titel");
    problems.maxLength(p.caseNumber(), 40, "Sagsnr.");
    problems.maxLength(p.summary(), TextLimits.ITEM_TEXT, "Resumé");
    problems.maxLength(p.presentation(), TextLimits.PRESENTATION, "Sagsfremstilling");
    problems.maxLength(p.economy(), TextLimits.ITEM_TEXT, "Økonomi");
    problems.maxLength(p.furtherProcessing(), TextLimits.ITEM_TEXT, "Fortsat sagsbehandling");
    problems.maxLength(p.proposerBody(), TextLimits.NAME, "Forslagsstiller");
    problems.require(p.recommendations().stream().allMatch(r -> r.length() <= 2000),
        "En indstilling må højst have 2000 tegn.");
    problems.require(p.attachments().stream().allMatch(a -> a.title() != null && !a.title().isBlank()
        && a.title().length() <= 300), "Hvert bilag skal have en titel på højst " + TextLimits.TITLE + " tegn.");
    String meetingId = null;
    boolean late = false;
    boolean archived = false;
    String placement = null;
    if (forum != null) {
      if (p.meetingId() != null && !p.meetingId().isBlank()) {
        Optional<Meeting> meeting = meetings.find(p.meetingId());
        if (meeting.isEmpty()) {
          problems.add("Mødet '" + p.meetingId() + "' findes ikke.");
        } else if (!meeting.get().forumId().equals(forum.id())) {
          problems.add("Mødet '" + p.meetingId() + "' er ikke et møde i " + forum.shortName() + ".");
        } else if (meeting.get().status() == MeetingStatus.CANCELLED) {
          // Not bad input but the meeting's state: 409, nothing saved (issue 15).
          throw new ConflictException("Mødet er aflyst: " + texts.title(meeting.get()) + ". Punktet er ikke gemt;"
              + " foreslå det til et andet møde.");
        } else if (meetings.archivedAt(meeting.get().id()).isPresent()) {
          archived = rights.archivedMeetingTakes(meeting.get(), forum, proposedBy, lateAllowed, problems);
          meetingId = meeting.get().id();
        } else {
          String closed = call.callClosedReason(meeting.get());
          late = closed != null && lateAllowed && call.mayRegisterLate(proposedBy, meeting.get());
          problems.require(closed == null || late, closed);
          meetingId = meeting.get().id();
        }
      } else if (nextOpenRule) {
        // Issue 14: a proposal without a meeting goes to the forum's next meeting that still takes items, and says
        // so; it no longer waits unseen in a pipeline without a meeting.
        Optional<Meeting> next = call.nextTakingItems(forum.id());
        problems.require(next.isPresent(), forum.name() + " har intet kommende møde, der tager imod punkter."
            + " Kontakt forummets sekretariat, eller foreslå punktet, når næste møde er planlagt.");
        meetingId = next.map(Meeting::id).orElse(null);
        placement = next.map(m -> "Sat på næste møde, der tager imod punkter: " + texts.title(m)).orElse(null);
      } else {
        meetingId = meetings.nextOpen(forum.id(), EngineClock.now()).filter(m -> call.callClosedReason(m) == null)
            .map(Meeting::id).orElse(null);
      }
    }
    problems.throwIfAny("Punktet kan ikke foreslås");
    long id = items.insert(p, kind.orElseThrow(), blankToNull(announced.guests()), forum.id(), meetingId,
        announced.standing(), proposedBy, EngineClock.now());
    String text = p.proposerBody() == null ? null : "Foreslået af " + p.proposerBody();
    if (placement != null) {
      text = text == null ? placement : text + ". " + placement;
    }
    items.event(id, ItemEventKind.PROPOSED, forum.id(), meetingId, text, proposedBy, EngineClock.now());
    if (archived) {
      // A past meeting has no call or screening: its items go straight onto its agenda, in the order registered.
      items.putOnAgenda(meetingId, id, items.agenda(meetingId).size() + 1);
      items.moveTo(id, forum.id(), meetingId, ItemStatus.ON_AGENDA);
      items.event(id, ItemEventKind.ACCEPTED, forum.id(), meetingId, "Registreret på et tidligere møde", proposedBy,
          EngineClock.now());
    }
    if (late) {
      items.event(id, ItemEventKind.REGISTERED_LATE, forum.id(), meetingId,
          "Registreret efter fristen for punkter (" + call.deadline(meetingId) + ")",
          proposedBy, EngineClock.now());
    }
    return id;
  }

  /** "Punktet er sat på Fælles Forretningsudvalg, torsdag den 10. marts 2033 kl. 12.00 (efter fristen)." */
  public String placement(Item item) {
    if (item.meetingId() == null) {
      return "Punktet venter i forummets pipeline uden møde.";
    }
    return meetings.find(item.meetingId())
        .map(m -> "Punktet er sat på " + texts.title(m) + (item.late() ? " (efter fristen)." : "."))
        .orElse(null);
  }

  /**
   * Moves an item that waits in its forum's pipeline to a named meeting of that forum that still takes items
   * (e.g. the meeting a collaboration agreement's secretariat planned it for).
   */
  @Transactional
  public void moveToMeeting(long itemId, String meetingId, String actor) {
    Item item = items.get(itemId);
    Problems problems = new Problems();
    Optional<Meeting> meeting = meetings.find(meetingId);
    problems.require(item.status() == ItemStatus.PROPOSED, "Punktet '" + item.title() + "' venter ikke i en pipeline.");
    if (meeting.isEmpty()) {
      problems.add("Mødet '" + meetingId + "' findes ikke.");
    } else {
      problems.require(meeting.get().forumId().equals(item.forumId()),
          "Mødet '" + meetingId + "' er ikke et møde i punktets forum.");
      String closed = call.callClosedReason(meeting.get());
      problems.require(closed == null, closed);
    }
    problems.throwIfAny("Punktet kan ikke flyttes");
    items.moveTo(itemId, item.forumId(), meetingId, ItemStatus.PROPOSED);
    items.event(itemId, ItemEventKind.RETURNED_TO_PIPELINE, item.forumId(), meetingId, "Flyttet til mødet " + meetingId,
        actor, EngineClock.now());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
