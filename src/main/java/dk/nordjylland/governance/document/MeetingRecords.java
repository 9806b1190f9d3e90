package dk.nordjylland.governance.document;

import dk.nordjylland.governance.attachment.FileSizes;
import dk.nordjylland.governance.attendance.Attendance;
import dk.nordjylland.governance.attendance.Attendance.Guest;
import dk.nordjylland.governance.attendance.Attendances;
import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.document.MeetingRecordView.AttachmentView;
import dk.nordjylland.governance.document.MeetingRecordView.ItemView;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Closure;
import dk.nordjylland.governance.item.DecidedAction;
import dk.nordjylland.governance.item.ExternalForwarding;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemLinks;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.MeetingAttachments;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.OwnerNames;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Collects a meeting's data (meeting, forum, people, agenda, decisions) into the view of its agenda or minutes. */
@Component
public class MeetingRecords {

  private final Meetings meetings;
  private final Items items;
  private final MasterData masterData;
  private final JdbcClient jdbc;
  private final Attendances attendances;
  private final int tableOfContentsAbove;
  private final ItemLinks links;
  private final DocumentLayout layout;
  private final MeetingAttachments meetingAttachments;
  private final OwnerNames ownerNames;
  private final ExternalForwarding externalForwarding;
  private final ClosedItems closedItems;

  MeetingRecords(Meetings meetings, Items items, MasterData masterData, JdbcClient jdbc, Attendances attendances,
      @Value("${governance.documents.table-of-contents-above-items:8}") int tableOfContentsAbove, ItemLinks links,
      DocumentLayout layout, MeetingAttachments meetingAttachments, OwnerNames ownerNames,
      ExternalForwarding externalForwarding, ClosedItems closedItems) {
    this.closedItems = closedItems;
    this.attendances = attendances;
    this.links = links;
    this.layout = layout;
    this.meetingAttachments = meetingAttachments;
    this.ownerNames = ownerNames;
    this.externalForwarding = externalForwarding;
    this.meetings = meetings;
    this.items = items;
    this.masterData = masterData;
    this.jdbc = jdbc;
    this.tableOfContentsAbove = tableOfContentsAbove;
  }

  public MeetingRecordView view(String meetingId, DocumentKind kind) {
    return view(meetingId, kind, false);
  }

  /**
   * {@code draft}: the minutes as they stand before the chair approves them, marked "UDKAST" in the title, heading,
   * header and footer of every page and as a watermark (issue 14: the chair approved minutes he could not see).
   */
  public MeetingRecordView view(String meetingId, DocumentKind kind, boolean draft) {
    return view(meetingId, kind, draft, itemId -> true);
  }

  /**
   * The public version (ADR 0055): a closed item shows only its public wording ("Lukket punkt: <public title>", the
   * reason, the public decision); everything else as in the full version.
   */
  public MeetingRecordView publicView(String meetingId, DocumentKind kind) {
    return view(meetingId, kind, false, itemId -> false);
  }

  /**
   * {@code showsConfidential}: per closed item, whether this version shows its confidential content (the full PDF:
   * all; the public PDF: none; a portal page: as PortalAccess decides for the visitor).
   */
  public MeetingRecordView view(String meetingId, DocumentKind kind, boolean draft, LongPredicate showsConfidential) {
    Meeting meeting = meetings.get(meetingId);
    Forum forum = masterData.forum(meeting.forumId()).orElseThrow();
    boolean minutes = kind == DocumentKind.MINUTES;

    // As recorded (ADR 0043), or as expected from the members of the meeting's date: never today's roster.
    Attendance attendance = attendances.of(meetingId);
    Map<String, ForumRole> roleOf = new HashMap<>();
    attendances.membersOn(meetingId).forEach(m -> roleOf.put(m.personId(), m.role()));
    List<String> participants = new ArrayList<>();
    List<String> secretariat = new ArrayList<>();
    for (ForumRole role : List.of(ForumRole.CHAIR, ForumRole.MEMBER, ForumRole.SECRETARIAT)) {
      for (String person : attendance.present()) {
        ForumRole held = roleOf.getOrDefault(person, ForumRole.MEMBER);
        if (held != role) {
          continue;
        }
        String name = describe(person);
        if (role == ForumRole.CHAIR) {
          participants.add(name + " (" + (forum.chairTitle() == null ? "formand" : forum.chairTitle()) + ")");
        } else if (role == ForumRole.SECRETARIAT) {
          secretariat.add(name + " (sekretariat)");
        } else {
          participants.add(name);
        }
      }
    }
    participants.addAll(secretariat);
    List<String> absent = attendance.absent().stream().map(this::describe).toList();
    List<String> substitutes = attendance.substitutes().stream()
        .map(sub -> sub.name() + " for " + describe(sub.standsInFor())).toList();
    List<String> meetingGuests = attendance.guests().stream().filter(g -> g.itemId() == null).map(Guest::line)
        .toList();
    String guests = meetingGuests.isEmpty() ? null : String.join("; ", meetingGuests);
    // An item's guests as recorded with the attendance; until it is recorded, as announced with the item.
    boolean attendanceRecorded = attendances.recorded(meetingId).isPresent();
    Map<Long, String> itemGuests = new HashMap<>();
    attendance.guests().stream().filter(g -> g.itemId() != null)
        .forEach(g -> itemGuests.merge(g.itemId(), g.line(), (a, b) -> a + "; " + b));

    List<AgendaEntry> agenda = items.agenda(meetingId);
    List<DecidedAction> actions = minutes ? items.decidedActions(meetingId) : List.of();
    List<ItemView> views = new ArrayList<>();
    Map<Long, List<MeetingAttachments.Numbered>> numbered = meetingAttachments.byItem(meetingId);
    boolean pagePerItem = layout.pagePerItem(forum.id());
    Set<String> caseNumbers = new LinkedHashSet<>();
    Set<Integer> hidden = new HashSet<>();
    Set<Integer> standing = new HashSet<>();
    for (AgendaEntry entry : agenda) {
      Item item = items.find(entry.itemId()).orElseThrow();
      if (item.standing()) {
        standing.add(entry.position());
      }
      if (item.caseNumber() != null && !item.caseNumber().isBlank()) {
        caseNumbers.add(item.caseNumber().strip());
      }
      List<String> recommendations = items.recommendations(item.id()).stream().map(r -> r.text()).toList();
      List<AttachmentView> attachments = numbered.getOrDefault(item.id(), List.of()).stream()
          .map(n -> new AttachmentView(n.number(), n.attachment().title(), n.attachment().toFollow(),
              n.attachment().hasFile() ? n.attachment().fileName() + ", " + FileSizes.danish(n.attachment().size())
                  : null)).toList();
      List<String> itemActions = actions.stream().filter(a -> a.itemId().equals(item.id()))
          .map(a -> a.description() + " (ansvarlig: " + owner(a) + ", frist: " + a.dueDate().format(DanishDates.DATE) + ")")
          .toList();
      Closure closure = closedItems.closure(item.id());
      List<String> disqualified = minutes ? disqualifiedLines(meetingId, item.id()) : List.of();
      if (closure.closed() && !showsConfidential.test(item.id())) {
        hidden.add(entry.position());
        views.add(publicItem(entry, item, closure, minutes, meeting, disqualified));
        continue;
      }
      views.add(new ItemView(entry.position(), "punkt-" + entry.position(), item.title(), item.caseNumber(),
          attendanceRecorded ? itemGuests.get(item.id()) : entry.guests(), TextBlocks.of(item.summary()), TextBlocks.of(item.presentation()),
          TextBlocks.of(item.economy()), TextBlocks.of(item.furtherProcessing()),
          "Det indstilles, at " + forum.name() + ":", recommendations,
          minutes && entry.outcome() != null && entry.outcome() != Outcome.NO_DECISION
              && (entry.outcome() != Outcome.FORWARDED || links.whereItGoes(entry, meeting).isEmpty())
              ? entry.outcome().danish() : null,
          minutes ? withExternalReceivers(TextBlocks.of(entry.decisionText()), meetingId, item.id()) : List.of(),
          minutes ? entry.reservation() : null, itemActions, attachments,
          minutes ? parts(entry, meeting) : MeetingRecordView.OutcomeParts.NONE, false,
          closure.closed() ? "Lukket punkt. Offentlig titel: " + (closure.publicTitle() == null ? "(mangler)"
              : closure.publicTitle()) + reason(closure) : null,
          minutes && closure.closed() ? TextBlocks.of(closedItems.publicDecision(meetingId, item.id())) : List.of(),
          disqualified));
    }
    if (pagePerItem) {
      // A page of its own for every item with something to read; the first follows the meeting's facts. A standing
      // item without text of its own ("Godkendelse af dagsorden" with its "Godkendt") is a short block (ADR 0057).
      views.replaceAll(v -> v.position() > 1 && !v.isEmpty(minutes)
          && !(standing.contains(v.position()) && v.isEmpty(false)) ? v.onNewPage() : v);
    }

    String time = capitalize(meeting.startsAt().format(DanishDates.LONG_DATE_TIME))
        + (meeting.endsAt() != null ? "-" + meeting.endsAt().format(DanishDates.TIME) : "");
    String heading = (minutes ? "Referat" : "Dagsorden") + (draft ? " – UDKAST" : "");
    List<TextBlocks.Block> introduction = minutes
        ? TextBlocks.of(meetings.minutesIntroduction(meetingId).orElse(null)) : List.of();
    return new MeetingRecordView(kind, draft, heading, meetingId, forum.name(), time, meeting.place(), participants,
        absent, substitutes, guests, List.copyOf(caseNumbers), introduction, views.size() > tableOfContentsAbove, views,
        (draft ? "UDKAST · " : "") + (minutes ? "Referat" : "Dagsorden") + " · " + forum.name() + " · "
            + meeting.startsAt().format(DanishDates.DATE), preMeetingNotes(agenda).stream()
            .filter(n -> !hidden.contains(n.position())).toList());
  }

  /** A closed item as the public reads it: its public title, the reason, and in the minutes the public decision. */
  private ItemView publicItem(AgendaEntry entry, Item item, Closure closure, boolean minutes, Meeting meeting,
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
        List.of(), parts, false, "Lukket punkt" + reason(closure), List.of(), disqualified);
  }

  private static String reason(Closure closure) {
    return closure.reason() == null || closure.reason().isBlank() ? "." : ". Begrundelse: " + closure.reason() + ".";
  }

  /** "Lone Berg deltog ikke i behandlingen af punktet." per member disqualified for the item (issue 17 point 7). */
  private List<String> disqualifiedLines(String meetingId, long itemId) {
    return closedItems.disqualifications(meetingId, itemId).stream()
        .map(d -> masterData.person(d.personId()).map(Person::name).orElse(d.personId())
            + " deltog ikke i behandlingen af punktet.").toList();
  }

  /** The conclusions recorded at a pre-meeting on the items of this agenda (ADR 0046), in the item's order. */
  private List<MeetingRecordView.PreMeetingNote> preMeetingNotes(List<AgendaEntry> agenda) {
    List<MeetingRecordView.PreMeetingNote> notes = new ArrayList<>();
    for (AgendaEntry entry : agenda) {
      for (long preparing : items.preparing(entry.itemId())) {
        for (AgendaEntry treated : items.agendaEntriesOf(preparing)) {
          if (treated.outcome() == null) {
            continue;
          }
          Meeting pre = meetings.get(treated.meetingId());
          String name = masterData.forum(pre.forumId()).map(Forum::name).orElse(pre.forumId());
          notes.add(new MeetingRecordView.PreMeetingNote(entry.position(),
              name + ", " + pre.startsAt().format(DanishDates.DATE), treated.outcome().danish(),
              TextBlocks.of(treated.decisionText())));
        }
      }
    }
    return notes;
  }

  /** Where the item went, its postponed part and its sub-topics, as the minutes print them (ADR 0044). */
  private MeetingRecordView.OutcomeParts parts(AgendaEntry entry, Meeting meeting) {
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

  /** "Tove Brandt, Aalborg Kommune": a person as the minutes and the screens name them. */
  public String describe(String personId) {
    return masterData.person(personId).map(this::describe).orElse(personId);
  }

  private String describe(Person person) {
    String party = person.partyId() == null ? null
        : jdbc.sql("select name from gov_party where id = ?").param(person.partyId()).query(String.class)
            .optional().orElse(null);
    return party == null ? person.name() : person.name() + ", " + party;
  }

  /** The decision's text, then "Sendt videre til KKR Nordjyllands sekretariat." for each body it went to (issue 15). */
  private List<TextBlocks.Block> withExternalReceivers(List<TextBlocks.Block> decision, String meetingId, long itemId) {
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

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
