package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.followup.GuestEmails;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingCycle;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda use cases: proposing items, the call for items, screening, recording a meeting's
 * decisions and the follow-up that puts postponed, untreated, rejected-back and forwarded items into
 * the right pipeline again. Each validates everything first and then writes, in one transaction.
 */
@Service
public class Agenda {

  static final int MAX_TEXT = 8000;
  /**
   * What a problem of a meeting record is about (UserInputException subjects), so a screen shows it there: the
   * attendance, the guests, an item's decision ("item:12"), an action by its number in the list ("action:2") or its
   * due date ("action:2:dueDate").
   */
  public static final String ABSENTEES = "absentees";
  public static final String GUESTS = "guests";
  public static final String DUE_DATE = ":dueDate";
  static final int RESERVATION_WORKING_DAYS = 10;

  private final Items items;
  private final Meetings meetings;
  private final MasterData masterData;
  private final MeetingSchedule schedule;
  private final MeetingCycle meetingCycle;
  private final MeetingTexts texts;
  private final Directory directory;
  private final FollowUps followUps;
  private final WorkingDays workingDays;
  private final ItemDecisions decisions;
  private final ForumAccess forumAccess;
  private final Forwarding forwarding;
  private final ExternalForwarding externalForwarding;

  Agenda(Items items, Meetings meetings, MasterData masterData, MeetingSchedule schedule, MeetingCycle meetingCycle,
      MeetingTexts texts, Directory directory, FollowUps followUps, WorkingDays workingDays, ItemDecisions decisions,
      ForumAccess forumAccess, Forwarding forwarding, ExternalForwarding externalForwarding) {
    this.externalForwarding = externalForwarding;
    this.forumAccess = forumAccess;
    this.forwarding = forwarding;
    this.items = items;
    this.meetings = meetings;
    this.masterData = masterData;
    this.schedule = schedule;
    this.meetingCycle = meetingCycle;
    this.texts = texts;
    this.directory = directory;
    this.followUps = followUps;
    this.workingDays = workingDays;
    this.decisions = decisions;
  }

  // ---------------------------------------------------------------- proposing

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
    if (forum != null && !forumAccess.mayPropose(proposer, forum.id())) {
      throw new NotAllowedException("Du kan ikke foreslå punkter til " + forum.name() + ". Punkter til "
          + forum.shortName() + " foreslås af " + String.join(" eller ",
              forumAccess.proposerGroups(forum.id()).stream().map(directory::groupName).toList()) + ".");
    }
    if (forum != null && announced.standing()
        && !forumAccess.reader(proposer).is(ForumRole.SECRETARIAT.groupId(forum.id()))) {
      throw new NotAllowedException("Kun " + directory.groupName(ForumRole.SECRETARIAT.groupId(forum.id()))
          + " kan foreslå et fast punkt til " + forum.shortName() + ". Foreslå punktet uden 'standing'.");
    }
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
    problems.maxLength(announced.guests(), 1000, "Gæster");
    problems.require(p.forumId() != null && !p.forumId().isBlank(), "Vælg det forum, punktet skal behandles i.");
    problems.require(p.forumId() == null || p.forumId().isBlank() || forum != null,
        "Forummet '" + p.forumId() + "' findes ikke.");
    problems.requireText(p.title(), "Punktet skal have en titel.");
    problems.maxLength(p.title(), 300, "Titel");
    problems.maxLength(p.caseNumber(), 40, "Sagsnr.");
    problems.maxLength(p.summary(), MAX_TEXT, "Resumé");
    problems.maxLength(p.presentation(), 30000, "Sagsfremstilling");
    problems.maxLength(p.economy(), MAX_TEXT, "Økonomi");
    problems.maxLength(p.furtherProcessing(), MAX_TEXT, "Fortsat sagsbehandling");
    problems.maxLength(p.proposerBody(), 200, "Forslagsstiller");
    problems.require(p.recommendations().stream().allMatch(r -> r.length() <= 2000),
        "En indstilling må højst have 2000 tegn.");
    problems.require(p.attachments().stream().allMatch(a -> a.title() != null && !a.title().isBlank()
        && a.title().length() <= 300), "Hvert bilag skal have en titel på højst 300 tegn.");
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
          archived = archivedMeetingTakes(meeting.get(), forum, proposedBy, lateAllowed, problems);
          meetingId = meeting.get().id();
        } else {
          String closed = callClosedReason(meeting.get());
          late = closed != null && lateAllowed && mayRegisterLate(proposedBy, meeting.get());
          problems.require(closed == null || late, closed);
          meetingId = meeting.get().id();
        }
      } else if (nextOpenRule) {
        // Issue 14: a proposal without a meeting goes to the forum's next meeting that still takes items, and says
        // so; it no longer waits unseen in a pipeline without a meeting.
        Optional<Meeting> next = nextTakingItems(forum.id());
        problems.require(next.isPresent(), forum.name() + " har intet kommende møde, der tager imod punkter."
            + " Kontakt forummets sekretariat, eller foreslå punktet, når næste møde er planlagt.");
        meetingId = next.map(Meeting::id).orElse(null);
        placement = next.map(m -> "Sat på næste møde, der tager imod punkter: " + texts.title(m)).orElse(null);
      } else {
        meetingId = meetings.nextOpen(forum.id(), EngineClock.now()).filter(m -> callClosedReason(m) == null)
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
          "Registreret efter fristen for punkter (" + texts.dateTime(schedule.itemDeadline(meetingId)) + ")",
          proposedBy, EngineClock.now());
    }
    return id;
  }

  /**
   * A past meeting registered for the archive takes items from the forum's secretariat (and process owners) until
   * its record is made, or any time when it is only registered (no cycle): they are the meeting's history. Others:
   * 403.
   */
  private boolean archivedMeetingTakes(Meeting meeting, Forum forum, String userId, boolean byPerson,
      Problems problems) {
    ForumAccess.Reader reader = forumAccess.reader(userId);
    if (!byPerson || !(reader.readsAll() || reader.is(ForumRole.SECRETARIAT.groupId(forum.id())))) {
      throw new NotAllowedException("Punkter til et tidligere møde registreres af "
          + directory.groupName(ForumRole.SECRETARIAT.groupId(forum.id())) + ".");
    }
    boolean open = meeting.status() == MeetingStatus.AGENDA_PUBLISHED
        || meeting.status() == MeetingStatus.COMPLETED && meeting.processInstanceId() == null;
    problems.require(open, "Mødet " + texts.title(meeting) + " er registreret med beslutninger; der kan ikke"
        + " tilføjes flere punkter.");
    return open;
  }

  /**
   * The forum's coming meetings the user may propose an item to now, for choosing one by name (the proposal screen):
   * meetings whose call for items is open before its deadline, and, for the forum's secretariat and chair, also those
   * past the deadline while the call is still open (the item is registered late).
   */
  public List<OpenMeeting> meetingsTakingItemsFrom(String forumId, String userId) {
    LocalDateTime now = EngineClock.now();
    List<OpenMeeting> open = new ArrayList<>();
    for (Meeting meeting : meetings.ofForum(forumId)) {
      if (!meeting.startsAt().isAfter(now)) {
        continue;
      }
      boolean onTime = callClosedReason(meeting) == null;
      if (onTime || mayRegisterLate(userId, meeting)) {
        open.add(new OpenMeeting(meeting, texts.title(meeting), texts.dateTime(schedule.itemDeadline(meeting.id())),
            !onTime));
      }
    }
    return open;
  }

  /** A meeting that takes a proposal now: its Danish title, its deadline for items, and whether the item is late. */
  public record OpenMeeting(Meeting meeting, String title, String deadline, boolean late) {}

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The forum's first coming meeting whose call for items is open and whose deadline has not passed. */
  public Optional<Meeting> nextTakingItems(String forumId) {
    LocalDateTime now = EngineClock.now();
    return meetings.ofForum(forumId).stream().filter(m -> m.startsAt().isAfter(now))
        .filter(m -> callClosedReason(m) == null).findFirst();
  }

  /**
   * After the item deadline the forum's secretariat and chair may still register an item (one that came by mail),
   * marked late, while the call for items is open: the meeting takes items and its cycle has not moved on to
   * screening. Members keep the deadline.
   */
  private boolean mayRegisterLate(String userId, Meeting meeting) {
    if (meeting.status() != MeetingStatus.PLANNED && meeting.status() != MeetingStatus.CALL_FOR_ITEMS) {
      return false;
    }
    ForumAccess.Reader reader = forumAccess.reader(userId);
    if (!reader.is(ForumRole.SECRETARIAT.groupId(meeting.forumId())) && !reader.is(ForumRole.CHAIR.groupId(meeting.forumId()))) {
      return false;
    }
    return meetingCycle.collectingItems(meeting);
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
    Item item = item(itemId);
    Problems problems = new Problems();
    Optional<Meeting> meeting = meetings.find(meetingId);
    problems.require(item.status() == ItemStatus.PROPOSED, "Punktet '" + item.title() + "' venter ikke i en pipeline.");
    if (meeting.isEmpty()) {
      problems.add("Mødet '" + meetingId + "' findes ikke.");
    } else {
      problems.require(meeting.get().forumId().equals(item.forumId()),
          "Mødet '" + meetingId + "' er ikke et møde i punktets forum.");
      String closed = callClosedReason(meeting.get());
      problems.require(closed == null, closed);
    }
    problems.throwIfAny("Punktet kan ikke flyttes");
    items.moveTo(itemId, item.forumId(), meetingId, ItemStatus.PROPOSED);
    items.event(itemId, ItemEventKind.RETURNED_TO_PIPELINE, item.forumId(), meetingId, "Flyttet til mødet " + meetingId,
        actor, EngineClock.now());
  }

  /** Null if the meeting still takes items, else why not (in Danish). */
  private String callClosedReason(Meeting meeting) {
    if (meeting.status() != MeetingStatus.PLANNED && meeting.status() != MeetingStatus.CALL_FOR_ITEMS) {
      return "Dagsordenen til " + texts.title(meeting) + " er lukket for nye punkter.";
    }
    if (ClockUtil.getCurrentTime().after(schedule.itemDeadline(meeting.id()))) {
      return "Fristen for punkter til " + texts.title(meeting) + " var "
          + texts.dateTime(schedule.itemDeadline(meeting.id())) + ". Foreslå punktet til et senere møde.";
    }
    return null;
  }

  // ---------------------------------------------------------------- call for items

  /**
   * Opens the call: the meeting's status and message, its forum's standing items, and the items
   * of the pipeline without a meeting or left over from meetings that have passed.
   */
  @Transactional
  public void openCall(String meetingId) {
    meetingCycle.openCallForItems(meetingId);
    Meeting meeting = meetings.get(meetingId);
    for (Item item : items.unscheduled(meeting.forumId())) {
      items.moveTo(item.id(), item.forumId(), meetingId, ItemStatus.PROPOSED);
    }
    for (Item item : items.leftOverBefore(meeting)) {
      items.moveTo(item.id(), item.forumId(), meetingId, ItemStatus.PROPOSED);
      items.event(item.id(), ItemEventKind.RETURNED_TO_PIPELINE, item.forumId(), meetingId,
          "Ikke screenet til mødet " + item.meetingId() + "; flyttet til dette møde", "system", EngineClock.now());
    }
    // After the pipeline is gathered: a standing item already in it (returned untreated, with its history) is not
    // added a second time (issue 15).
    Set<String> inPipeline = new HashSet<>();
    items.pipeline(meetingId).stream().filter(Item::standing).forEach(i -> inPipeline.add(i.title().strip()));
    List<String> standing = schedule.settings(meeting.forumId()).standingItems();
    for (String title : standing == null ? List.<String>of() : standing) {
      if (!inPipeline.add(title.strip())) {
        continue;
      }
      long id = items.insert(ItemProposal.standing(meeting.forumId(), meetingId, title), meeting.forumId(),
          meetingId, true, "system", EngineClock.now());
      items.event(id, ItemEventKind.ADDED_AS_STANDING_ITEM, meeting.forumId(), meetingId, null, "system", EngineClock.now());
    }
  }

  // ---------------------------------------------------------------- screening

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

  /** What a problem about an item names as its subject ({@link UserInputException#subject}): "item:12". */
  public static String subject(long itemId) {
    return "item:" + itemId;
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
        case DEFER -> laterMeetingOfForum(in.deferToMeetingId(), meeting, "Udskyd " + name, problems, subject);
        case REJECT -> problems.requireText(in.reason(), subject, "Skriv en begrundelse for at afvise " + name + ".");
        case FORWARD -> otherForum(in.targetForumId(), meeting, "Send " + name, problems, subject);
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
      items.putOnAgenda(meetingId, in.itemId(), position++);
      items.moveTo(in.itemId(), meeting.forumId(), meetingId, ItemStatus.ON_AGENDA);
      items.event(in.itemId(), ItemEventKind.ACCEPTED, meeting.forumId(), meetingId, null, actor, EngineClock.now());
    }
  }

  private void laterMeetingOfForum(String targetId, Meeting meeting, String what, Problems problems) {
    laterMeetingOfForum(targetId, meeting, what, problems, null);
  }

  private void laterMeetingOfForum(String targetId, Meeting meeting, String what, Problems problems, String subject) {
    if (targetId == null || targetId.isBlank()) {
      problems.add(subject, what + ": vælg det møde, punktet udskydes til.");
      return;
    }
    Optional<Meeting> target = meetings.find(targetId);
    if (target.isEmpty()) {
      problems.add(subject, what + ": mødet '" + targetId + "' findes ikke.");
    } else if (!target.get().forumId().equals(meeting.forumId()) || !target.get().startsAt().isAfter(meeting.startsAt())) {
      problems.add(subject, what + ": mødet '" + targetId + "' er ikke et senere møde i samme forum.");
    }
  }

  /** The meeting a forwarded item is sent to must exist and belong to the forum it is sent to. */
  private void meetingOfForum(String targetId, String forumId, String what, Problems problems, String subject) {
    Optional<Meeting> target = meetings.find(targetId);
    if (target.isEmpty()) {
      problems.add(subject, what + ": mødet '" + targetId + "' findes ikke.");
    } else if (!target.get().forumId().equals(forumId)) {
      problems.add(subject, what + ": mødet '" + targetId + "' er ikke et møde i det forum, punktet sendes til.");
    }
  }

  private void otherForum(String forumId, Meeting meeting, String what, Problems problems) {
    otherForum(forumId, meeting, what, problems, null);
  }

  private void otherForum(String forumId, Meeting meeting, String what, Problems problems, String subject) {
    if (forumId == null || forumId.isBlank()) {
      problems.add(subject, what + ": vælg det forum, punktet sendes til.");
    } else if (masterData.forum(forumId).isEmpty()) {
      problems.add(subject, what + ": forummet '" + forumId + "' findes ikke.");
    } else if (forumId.equals(meeting.forumId())) {
      problems.add(subject, what + ": punktet er allerede i dette forum.");
    }
  }


  // ---------------------------------------------------------------- the meeting

  /** One row per agenda entry with its numbered title (the demo and the tests decide on them). */
  public List<Map<String, Object>> decisionsView(String meetingId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AgendaEntry e : items.agenda(meetingId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("itemId", e.itemId());
      row.put("title", e.position() + ". " + items.find(e.itemId()).orElseThrow().title());
      rows.add(row);
    }
    return rows;
  }

  @Transactional
  public void recordMeeting(String meetingId, MeetingRecord record, String actor) {
    Meeting meeting = meetings.get(meetingId);
    List<AgendaEntry> agenda = items.agenda(meetingId);
    Map<Long, AgendaEntry> onAgenda = new LinkedHashMap<>();
    agenda.forEach(e -> onAgenda.put(e.itemId(), e));
    Problems problems = new Problems();
    Set<String> people = new HashSet<>();
    masterData.memberships(meeting.forumId()).forEach(m -> people.add(m.personId()));
    // A past meeting's members are those of its date (ADR 0043), also people since gone from the master data.
    masterData.membershipsOn(meeting.forumId(), meeting.startsAt().toLocalDate()).forEach(m -> people.add(m.personId()));
    for (String absent : record.absentees()) {
      problems.require(people.contains(absent), ABSENTEES,
          "'" + absent + "' er ikke medlem af forummet og kan ikke melde afbud.");
    }
    problems.require(record.guests() == null || record.guests().length() <= 2000, GUESTS,
        "Feltet 'Gæster' må højst have 2000 tegn.");
    Set<Long> decided = new HashSet<>();
    for (DecisionInput d : record.decisions()) {
      AgendaEntry entry = d.itemId() == null ? null : onAgenda.get(d.itemId());
      if (entry == null) {
        problems.add("Punkt " + d.itemId() + " er ikke på dagsordenen for mødet.");
        continue;
      }
      String row = subject(d.itemId());
      if (!decided.add(d.itemId())) {
        problems.add(row, "Punkt " + entry.position() + " har mere end én beslutning.");
        continue;
      }
      checkDecision(d, "Punkt " + entry.position(), row, meeting, problems);
    }
    for (AgendaEntry e : agenda) {
      problems.require(decided.contains(e.itemId()), subject(e.itemId()),
          "Punkt " + e.position() + " mangler et udfald.");
    }
    List<LocalDate> dueDates = new ArrayList<>();
    boolean archived = meetings.archivedAt(meetingId).isPresent();
    for (int i = 0; i < record.actions().size(); i++) {
      ActionInput a = record.actions().get(i);
      String name = "Handling '" + (a.description() == null ? "" : abbreviate(a.description())) + "'";
      String row = actionSubject(i + 1);
      String dueField = row + DUE_DATE;
      problems.require(a.itemId() != null && onAgenda.containsKey(a.itemId()), row,
          name + ": punkt " + a.itemId() + " er ikke på dagsordenen for mødet.");
      problems.requireText(a.description(), row, "En handling mangler en beskrivelse.");
      problems.require(a.description() == null || a.description().length() <= 4000, row,
          "Feltet 'Handling' må højst have 4000 tegn.");
      checkOwner(a, name, row, problems);
      LocalDate due = dueDate(a, i + 1, name, problems, dueField);
      // A past meeting registered for the archive records its actions as they were decided (issue 15).
      problems.require(due == null || !due.isBefore(EngineClock.today()) || archived, dueField,
          name + ": fristen ligger i fortiden.");
      // A due date on a closed day (Grundlovsdag is one of ours) would fall due when nobody works (issue 15).
      if (due != null) {
        workingDays.closedReason(due).ifPresent(reason -> problems.add(dueField, name + ": fristen "
            + due.format(DanishDates.LONG_DATE) + " er " + reason + " og ikke en arbejdsdag."));
      }
      dueDates.add(due);
    }
    externalForwarding.check(record.externalForwards(), onAgenda, problems);
    problems.throwIfAny("Mødet kan ikke registreres");

    items.setAbsences(meetingId, record.absentees(), record.guests());
    for (DecisionInput d : record.decisions()) {
      items.decide(meetingId, d.itemId(), d, EngineClock.now());
      items.recordParts(meetingId, d.itemId(), blankToNull(d.postponedPart()), d.subTopics());
      items.setStatus(d.itemId(), ItemStatus.DECIDED);
      items.event(d.itemId(), ItemEventKind.DECIDED, meeting.forumId(), meetingId,
          d.outcome().danish() + (d.decisionText() == null ? "" : ": " + d.decisionText()), actor, EngineClock.now());
    }
    for (int i = 0; i < record.actions().size(); i++) {
      ActionInput a = record.actions().get(i);
      items.addDecidedAction(meetingId, a.itemId(), a.description().strip(), a.guest() ? null : a.owner().strip(),
          dueDates.get(i), a.guest() ? a.guestName().strip() : null, a.guest() ? a.guestEmail().strip() : null);
    }
    externalForwarding.record(meetingId, record.externalForwards());
    meetings.markHeld(meetingId);
  }

  /**
   * One decision on an item of the meeting, as recorded and as corrected before the minutes are approved
   * (DecisionCorrections): an outcome, its text where the outcome needs one, where a forwarded or postponed item goes,
   * and a reservation with who clears it.
   */
  void checkDecision(DecisionInput d, String name, String row, Meeting meeting, Problems problems) {
    if (d.outcome() == null) {
      problems.add(row, name + ": vælg et udfald.");
      return;
    }
    Item item = d.itemId() == null ? null : items.find(d.itemId()).orElse(null);
    boolean closable = item != null && closableWithoutOutcome(item, meeting.forumId());
    if (d.outcome() == Outcome.NO_DECISION && !closable) {
      problems.add(row, name + ": punktet skal have et udfald. \"Ingen beslutning\" kan kun vælges for "
          + closableNames(meeting.forumId()) + ".");
    }
    checkParts(d, name, row, closable, problems);
    problems.require(d.decisionText() == null || d.decisionText().length() <= MAX_TEXT, row,
        "Feltet '" + name + ", beslutning' må højst have " + MAX_TEXT + " tegn.");
    problems.require(d.guests() == null || d.guests().length() <= 1000, row,
        "Feltet '" + name + ", gæster' må højst have 1000 tegn.");
    problems.require(d.reservation() == null || d.reservation().length() <= 4000, row,
        "Feltet '" + name + ", forbehold' må højst have 4000 tegn.");
    if (d.outcome().needsText()) {
      problems.requireText(d.decisionText(), row,
          name + ": skriv beslutningen (" + d.outcome().danish().toLowerCase() + ").");
    }
    switch (d.outcome()) {
      case POSTPONED, NOT_TREATED, NOT_APPROVED -> {
        if (d.targetMeetingId() != null && !d.targetMeetingId().isBlank()) {
          laterMeetingOfForum(d.targetMeetingId(), meeting, name, problems, row);
        }
        problems.require(!DecisionInput.notBlank(d.targetForumId()), row, name + ": et punkt, der er "
            + d.outcome().danish().toLowerCase() + ", kommer tilbage i dette forum og sendes ikke videre. Vælg"
            + " udfaldet (fx Drøftet) og det forum, punktet også sendes videre til.");
      }
      case APPROVED_WITH_RESERVATION -> {
        problems.requireText(d.reservation(), row, name + ": beskriv forbeholdet, der skal afklares.");
        problems.require(directory.isUserOrGroup(d.reservationOwner()), row,
            name + ": angiv hvem der afklarer forbeholdet (bruger eller gruppe).");
      }
      default -> { }
    }
    // Sent on: "Sendt videre", or another outcome that does not bring the item back here, with a forum or meeting.
    if (d.outcome() == Outcome.FORWARDED || (!d.outcome().returnsToPipeline() && d.namesTarget())) {
      String forum = DecisionInput.notBlank(d.targetForumId()) ? d.targetForumId()
          : DecisionInput.notBlank(d.targetMeetingId()) ? meetings.find(d.targetMeetingId()).map(Meeting::forumId)
              .orElse(null) : null;
      if (forum == null && DecisionInput.notBlank(d.targetMeetingId())) {
        problems.add(row, name + ": mødet '" + d.targetMeetingId() + "' findes ikke.");
      } else {
        otherForum(forum, meeting, name, problems, row);
        if (DecisionInput.notBlank(d.targetMeetingId()) && forum != null) {
          meetingOfForum(d.targetMeetingId(), forum, name, problems, row);
        }
      }
    }
  }

  /** The subject of a problem about an item's n-th sub-topic (from 1): "item:12:sub:2". */
  public static String subTopicSubject(long itemId, int number) {
    return subject(itemId) + ":sub:" + number;
  }

  static final int MAX_SUB_TOPICS = 26;

  /**
   * A postponed part and sub-topics (ADR 0044): a part is postponed from an item whose outcome keeps it here; an item
   * not treated has no sub-topics; each sub-topic has a title and its own outcome (not sent on or reserved alone).
   */
  private void checkParts(DecisionInput d, String name, String row, boolean closable, Problems problems) {
    if (DecisionInput.notBlank(d.postponedPart())) {
      problems.require(d.postponedPart().length() <= 4000, row,
          "Feltet '" + name + ", udskudt del' må højst have 4000 tegn.");
      problems.require(!d.outcome().returnsToPipeline(), row, name + ": hele punktet er "
          + d.outcome().danish().toLowerCase() + " og kommer tilbage; en udskudt del giver kun mening, når resten"
          + " af punktet er afgjort.");
    }
    if (d.subTopics().isEmpty()) {
      return;
    }
    problems.require(d.outcome() != Outcome.NOT_TREATED, row,
        name + ": et punkt, der ikke blev behandlet, har ingen underpunkter med udfald.");
    problems.require(d.subTopics().size() <= MAX_SUB_TOPICS, row,
        name + ": højst " + MAX_SUB_TOPICS + " underpunkter (a-z).");
    for (int i = 0; i < d.subTopics().size() && i < MAX_SUB_TOPICS; i++) {
      SubTopicInput s = d.subTopics().get(i);
      String sub = name + "." + (char) ('a' + i);
      String subject = d.itemId() == null ? row : subTopicSubject(d.itemId(), i + 1);
      if (s == null) {
        problems.add(subject, sub + ": underpunktet er tomt.");
        continue;
      }
      problems.requireText(s.title(), subject, sub + ": underpunktet skal have en titel.");
      maxLength(s.title(), 300, sub + ", titel", subject, problems);
      maxLength(s.text(), MAX_TEXT, sub + ", tekst", subject, problems);
      maxLength(s.decisionText(), MAX_TEXT, sub + ", beslutning", subject, problems);
      if (s.outcome() == null) {
        problems.add(subject, sub + ": vælg et udfald for underpunktet.");
        continue;
      }
      problems.require(s.outcome().fitsSubTopic(), subject, sub + ": et underpunkt kan ikke være \""
          + s.outcome().danish() + "\" alene. Giv punktet selv det udfald.");
      problems.require(s.outcome() != Outcome.NO_DECISION || closable, subject,
          sub + ": underpunktet skal have et udfald.");
      if (s.outcome().needsText()) {
        problems.requireText(s.decisionText(), subject,
            sub + ": skriv beslutningen (" + s.outcome().danish().toLowerCase() + ").");
      }
    }
  }

  private static void maxLength(String value, int max, String field, String subject, Problems problems) {
    problems.require(value == null || value.length() <= max, subject,
        "Feltet '" + field + "' må højst have " + max + " tegn.");
  }

  /**
   * Whether the forum's cycle settings let a meeting close the item with no outcome (closable-without-outcome): by
   * its title, without a "(Fast punkt)" mark and any case, or by "kind:" and its kind.
   */
  boolean closableWithoutOutcome(Item item, String forumId) {
    List<String> allowed = schedule.settings(forumId).closableWithoutOutcome();
    if (allowed == null) {
      return false;
    }
    String title = item.title().replace("(Fast punkt)", "").strip();
    for (String entry : allowed) {
      String e = entry.strip();
      if (e.regionMatches(true, 0, "kind:", 0, 5)) {
        if (item.kind() != null && ItemKind.parse(e.substring(5)).filter(item.kind()::equals).isPresent()) {
          return true;
        }
      } else if (e.equalsIgnoreCase(title)) {
        return true;
      }
    }
    return false;
  }

  /** "punkter som Eventuelt" or "ingen punkter i dette forum", for the refusal's message. */
  private String closableNames(String forumId) {
    List<String> allowed = schedule.settings(forumId).closableWithoutOutcome();
    List<String> names = allowed == null ? List.of() : allowed.stream()
        .map(e -> e.regionMatches(true, 0, "kind:", 0, 5)
            ? ItemKind.parse(e.substring(5)).map(k -> "punkter af arten " + k.danish()).orElse(e) : e)
        .toList();
    return names.isEmpty() ? "ingen punkter i dette forum" : "punkter som " + String.join(" og ", names);
  }

  /**
   * An action's owner (issue 15): a user, a group or an external body of the master data, or a guest by name and
   * e-mail, not both.
   */
  private void checkOwner(ActionInput a, String name, String row, Problems problems) {
    if (!a.guest()) {
      String owner = a.owner() == null ? null : a.owner().strip();
      problems.require(directory.isUserOrGroup(owner) || owner != null && masterData.externalBody(owner).isPresent(),
          row, a.owner() == null || a.owner().isBlank()
              ? name + ": angiv en ansvarlig (en person, en gruppe, en ekstern part eller en gæst)."
              : name + ": den ansvarlige '" + a.owner() + "' findes ikke.");
      return;
    }
    problems.require(a.owner() == null || a.owner().isBlank(), row,
        name + ": angiv enten en ansvarlig eller en gæst (navn og e-mail), ikke begge.");
    problems.require(a.guestName() != null && !a.guestName().isBlank() && a.guestName().strip().length() <= 200, row,
        name + ": angiv gæstens navn (højst 200 tegn).");
    problems.require(GuestEmails.valid(a.guestEmail()), row,
        name + ": angiv gæstens e-mailadresse (fx navn@eksempel.dk).");
  }

  /**
   * The action's due date as typed (dd-mm-åååå in the form, ISO from the API); an impossible or ambiguous date is
   * refused naming the action's number ("Frist for handling 3: ..."), never read as another day.
   */
  private static LocalDate dueDate(ActionInput action, int number, String name, Problems problems, String subject) {
    try {
      LocalDate due = DanishDates.parse("Frist for handling " + number, action.dueDate()).orElse(null);
      problems.require(due != null, subject, name + ": angiv en frist (" + DanishDates.TYPED_FORMAT + ").");
      return due;
    } catch (UserInputException e) {
      problems.add(subject, e.getMessage());
      return null;
    }
  }

  /** The subject of a problem about the n-th item sent on to an external body (from 1). */
  public static String externalForwardSubject(int number) {
    return ExternalForwarding.subject(number);
  }

  /** The subject of a problem about the n-th action of a record (from 1): "action:2". */
  public static String actionSubject(int number) {
    return "action:" + number;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  // ---------------------------------------------------------------- follow-up

  /**
   * After the minutes are approved: items go where the decisions sent them, processes waiting for a
   * decision (forumDecision) receive it, reservations and actions become follow-up processes, and the
   * meeting is completed.
   */
  @Transactional
  public void followUp(String meetingId) {
    Meeting meeting = meetings.get(meetingId);
    for (AgendaEntry e : items.agenda(meetingId)) {
      Item item = items.find(e.itemId()).orElseThrow();
      switch (e.outcome()) {
        case FORWARDED -> forwarding.forward(item, e.targetForumId(), e.targetMeetingId(), meeting, e.position(),
            e.decisionText(), "system");
        case POSTPONED, NOT_TREATED, NOT_APPROVED -> {
          String target = e.targetMeetingId() != null && !e.targetMeetingId().isBlank() ? e.targetMeetingId()
              : meetings.nextAfter(meeting).map(Meeting::id).orElse(null);
          items.moveTo(item.id(), meeting.forumId(), target, ItemStatus.PROPOSED);
          items.event(item.id(), ItemEventKind.RETURNED_TO_PIPELINE, meeting.forumId(), target,
              e.outcome().danish() + " på " + meetingId, "system", EngineClock.now());
          if (item.standing() && target != null) {
            // The next meeting's call may already have added this standing item afresh: the returned one, with its
            // history, takes its place, so it is not on the agenda twice (issue 15).
            items.dropFreshStandingItem(target, item.title(), item.id());
          }
        }
        case APPROVED_WITH_RESERVATION -> followUps.startReservation(item.id(), meetingId, e.reservation(),
            e.reservationOwner(), workingDays.plusWorkingDays(EngineClock.today(), RESERVATION_WORKING_DAYS));
        default -> { }
      }
      // Decided here and also sent on (ADR 0044): "Drøftet" and put before another forum.
      if (e.outcome() != Outcome.FORWARDED && !e.outcome().returnsToPipeline()
          && (DecisionInput.notBlank(e.targetForumId()) || DecisionInput.notBlank(e.targetMeetingId()))) {
        forwarding.forward(item, e.targetForumId(), e.targetMeetingId(), meeting, e.position(), e.decisionText(),
            "system");
      }
      if (DecisionInput.notBlank(e.postponedPart())) {
        forwarding.returnPart(item, e.position(), meeting, item.title() + " (udskudt del)", e.postponedPart());
      }
      for (SubTopic sub : items.subTopics(meetingId, item.id())) {
        if (sub.outcome() == Outcome.POSTPONED || sub.outcome() == Outcome.NOT_TREATED) {
          forwarding.returnPart(item, e.position(), meeting, sub.title(), sub.text());
        }
      }
      // After the item is where the decision sent it, so a waiting process can propose it again.
      decisions.publish(item.id(), e.outcome(), meetingId);
    }
    externalForwarding.send(meeting);
    LocalDate today = EngineClock.today();
    boolean archived = meetings.archivedAt(meetingId).isPresent();
    for (DecidedAction a : items.decidedActions(meetingId)) {
      if (archived && a.dueDate().isBefore(today)) {
        // A past meeting's action whose due date has passed: history in the minutes, no follow-up task, no reminder
        // or escalation for a moment that has passed (issue 15).
        continue;
      }
      // Due before the minutes were approved: overdue, not invalid. Its follow-up starts due today.
      LocalDate due = a.dueDate().isBefore(today) ? today : a.dueDate();
      followUps.startAction(a.itemId(), meetingId, a.description(), a.actionOwner(), due);
    }
    meetingCycle.startFollowUp(meetingId);
  }

  // ---------------------------------------------------------------- reading

  /** "1. Mødedeltagere (sagsnr. ...)\n2. ..." with attachments marked "eftersendes". */
  public String agendaText(String meetingId) {
    StringBuilder text = new StringBuilder();
    int bilag = 0;
    for (AgendaEntry e : items.agenda(meetingId)) {
      Item item = items.find(e.itemId()).orElseThrow();
      text.append(e.position()).append(". ").append(item.title());
      if (item.caseNumber() != null) {
        text.append(" (sagsnr. ").append(item.caseNumber()).append(")");
      }
      text.append("\n");
      for (Attachment a : items.attachments(item.id())) {
        // Numbered across the meeting, as the agenda PDF numbers them (MeetingAttachments, issue 15).
        text.append("   Bilag ").append(++bilag).append(": ").append(a.title())
            .append(a.toFollow() ? " (eftersendes)" : "").append("\n");
      }
    }
    return text.isEmpty() ? "Dagsordenen er tom." : text.toString();
  }

  public Item item(long id) {
    return items.find(id).orElseThrow(() -> new NotFoundException("Punkt " + id + " findes ikke."));
  }
}
