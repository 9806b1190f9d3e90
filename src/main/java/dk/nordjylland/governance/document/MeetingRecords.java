package dk.nordjylland.governance.document;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.attachment.FileSizes;
import dk.nordjylland.governance.document.MeetingRecordView.AttachmentView;
import dk.nordjylland.governance.document.MeetingRecordView.ItemView;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.DecidedAction;
import dk.nordjylland.governance.item.ExternalForwarding;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Membership;
import dk.nordjylland.governance.masterdata.OwnerNames;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
  private final int tableOfContentsAbove;
  private final OwnerNames ownerNames;
  private final ExternalForwarding externalForwarding;

  MeetingRecords(Meetings meetings, Items items, MasterData masterData, JdbcClient jdbc,
      @Value("${governance.documents.table-of-contents-above-items:8}") int tableOfContentsAbove,
      OwnerNames ownerNames, ExternalForwarding externalForwarding) {
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
    Meeting meeting = meetings.get(meetingId);
    Forum forum = masterData.forum(meeting.forumId()).orElseThrow();
    boolean minutes = kind == DocumentKind.MINUTES;

    Set<String> absentIds = new LinkedHashSet<>(items.absences(meetingId));
    List<String> participants = new ArrayList<>();
    List<String> secretariat = new ArrayList<>();
    List<Membership> memberships = masterData.memberships(forum.id());
    Set<String> seen = new LinkedHashSet<>();
    for (ForumRole role : List.of(ForumRole.CHAIR, ForumRole.MEMBER, ForumRole.SECRETARIAT)) {
      for (Membership m : memberships) {
        if (m.role() != role || !seen.add(m.personId()) || absentIds.contains(m.personId())) {
          continue;
        }
        String name = describe(m.personId());
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
    List<String> absent = absentIds.stream().map(this::describe).toList();
    String guests = jdbc.sql("select guests from gov_meeting where id = ?").param(meetingId).query(String.class)
        .optional().orElse(null);

    List<AgendaEntry> agenda = items.agenda(meetingId);
    List<DecidedAction> actions = minutes ? items.decidedActions(meetingId) : List.of();
    List<ItemView> views = new ArrayList<>();
    Set<String> caseNumbers = new LinkedHashSet<>();
    for (AgendaEntry entry : agenda) {
      Item item = items.find(entry.itemId()).orElseThrow();
      if (item.caseNumber() != null && !item.caseNumber().isBlank()) {
        caseNumbers.add(item.caseNumber().strip());
      }
      List<String> recommendations = items.recommendations(item.id()).stream().map(r -> r.text()).toList();
      List<AttachmentView> attachments = items.attachments(item.id()).stream()
          .map(a -> new AttachmentView(a.number(), a.title(), a.toFollow(),
              a.hasFile() ? a.fileName() + ", " + FileSizes.danish(a.size()) : null)).toList();
      List<String> itemActions = actions.stream().filter(a -> a.itemId().equals(item.id()))
          .map(a -> a.description() + " (ansvarlig: " + owner(a) + ", frist: " + a.dueDate().format(DanishDates.DATE) + ")")
          .toList();
      views.add(new ItemView(entry.position(), "punkt-" + entry.position(), item.title(), item.caseNumber(),
          entry.guests(), TextBlocks.of(item.summary()), TextBlocks.of(item.presentation()),
          TextBlocks.of(item.economy()), TextBlocks.of(item.furtherProcessing()),
          "Det indstilles, at " + forum.name() + ":", recommendations,
          minutes && entry.outcome() != null ? entry.outcome().danish() : null,
          minutes ? withExternalReceivers(TextBlocks.of(entry.decisionText()), meetingId, item.id()) : List.of(),
          minutes ? entry.reservation() : null, itemActions, attachments));
    }

    String time = capitalize(meeting.startsAt().format(DanishDates.LONG_DATE_TIME))
        + (meeting.endsAt() != null ? "-" + meeting.endsAt().format(DanishDates.TIME) : "");
    String heading = (minutes ? "Referat" : "Dagsorden") + (draft ? " – UDKAST" : "");
    List<TextBlocks.Block> introduction = minutes
        ? TextBlocks.of(meetings.minutesIntroduction(meetingId).orElse(null)) : List.of();
    return new MeetingRecordView(kind, draft, heading, meetingId, forum.name(), time, meeting.place(), participants,
        absent, guests, List.copyOf(caseNumbers), introduction, views.size() > tableOfContentsAbove, views,
        (draft ? "UDKAST · " : "") + (minutes ? "Referat" : "Dagsorden") + " · " + forum.name() + " · "
            + meeting.startsAt().format(DanishDates.DATE));
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
