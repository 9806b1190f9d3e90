package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.document.MeetingRecords;
import dk.nordjylland.governance.document.TextBlocks;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.ActionKind;
import dk.nordjylland.governance.followup.ActionStatus;
import dk.nordjylland.governance.followup.Actions;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Attachment;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Closure;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemKind;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case passport (sagspas) of an item: its whole path across forums, one step per agenda it stood on (the agenda
 * entries keep the decision, reservation and where it was sent on), the follow-ups decided under it, and the
 * agreement or consultation it belongs to. Only what the visitor may read: a step from a sent agenda, its decision
 * once the minutes are approved, follow-ups of meetings whose minutes are approved. The item's pipeline events
 * (screening, deferrals) are the secretariat's working notes and stay out.
 */
@Component
class CasePassports {

  private final PortalAccess access;
  private final Items items;
  private final Meetings meetings;
  private final MasterData masterData;
  private final MeetingRecords records;
  private final Actions actions;
  private final JdbcClient jdbc;
  private final ClosedItems closedItems;

  CasePassports(PortalAccess access, Items items, Meetings meetings, MasterData masterData, MeetingRecords records,
      Actions actions, JdbcClient jdbc, ClosedItems closedItems) {
    this.closedItems = closedItems;
    this.access = access;
    this.items = items;
    this.meetings = meetings;
    this.masterData = masterData;
    this.records = records;
    this.actions = actions;
    this.jdbc = jdbc;
  }

  /** One forum meeting the case passed. {@code outcome} and what follows: null until the minutes are approved. */
  public record Step(String forumName, String meetingId, String meetingTitle, int position, boolean decided,
      String outcome, List<TextBlocks.Block> decision, String reservation, String sentTo, String sentToMeetingId) {}

  public record FollowUp(String kind, String description, String owner, String due, String status,
      String result) {}

  public record AttachmentLink(String line, String href) {}

  public record Belonging(String kind, String title, String state) {}

  /** {@code closure}: "Lukket punkt. Begrundelse: ..." for a closed item (ADR 0055), else null. */
  public record CasePage(Item item, String kind, List<Step> steps, List<FollowUp> followUps,
      List<Belonging> belongings, List<AttachmentLink> attachments, String closure) {}

  CasePage page(Viewer viewer, long itemId) {
    Item found = access.item(viewer, itemId);
    Closure closure = closedItems.closure(itemId);
    // A closed item the visitor may not read: its public wording only (ADR 0055).
    boolean confidential = access.seesConfidential(viewer, itemId);
    Item item = confidential ? found : publicItem(found, closure);
    List<Step> steps = new ArrayList<>();
    Set<String> decidedMeetings = new HashSet<>();
    for (AgendaEntry entry : items.agendaEntriesOf(itemId)) {
      Meeting meeting = meetings.find(entry.meetingId()).orElse(null);
      if (meeting == null || !access.agendaOpen(viewer, meeting)) {
        continue;
      }
      Forum forum = masterData.forum(meeting.forumId()).orElseThrow();
      boolean decided = access.minutesOpen(viewer, meeting) && entry.outcome() != null;
      if (decided) {
        decidedMeetings.add(meeting.id());
      }
      String sentTo = decided && entry.targetForumId() != null
          ? masterData.forum(entry.targetForumId()).map(Forum::name).orElse(null) : null;
      String sentToMeeting = sentTo != null && entry.targetMeetingId() != null
          && meetings.find(entry.targetMeetingId()).filter(m -> access.seesForum(viewer, m.forumId())).isPresent()
          ? entry.targetMeetingId() : null;
      steps.add(new Step(forum.name(), meeting.id(), PortalTexts.title(forum, meeting), entry.position(), decided,
          decided ? entry.outcome().danish() : null, !decided ? List.of() : TextBlocks.of(confidential
              ? entry.decisionText() : closedItems.publicDecision(meeting.id(), itemId)),
          decided && confidential ? entry.reservation() : null, sentTo, sentToMeeting));
    }
    List<FollowUp> followUps = !confidential ? List.of() : actions.ofItem(itemId).stream()
        .filter(a -> a.meetingId() != null && decidedMeetings.contains(a.meetingId()))
        .map(this::followUp).toList();
    List<AttachmentLink> attachments = !confidential ? List.of()
        : items.attachments(itemId).stream().map(a -> attachment(itemId, a)).toList();
    String kind = item.kind() == ItemKind.OTHER ? "Andet" : item.kind().danish();
    String closureLine = !closure.closed() ? null : "Lukket punkt" + (closure.reason() == null ? "."
        : ". Begrundelse: " + closure.reason() + ".") + (confidential ? " Offentlig titel: " + closure.publicTitle()
        : "");
    return new CasePage(item, kind, steps, followUps, confidential ? belongings(itemId) : List.of(), attachments,
        closureLine);
  }

  /** The item with its public title in place of its title and no case text. */
  private static Item publicItem(Item item, Closure closure) {
    return new Item(item.id(), closure.publicHeading(), item.kind(), item.standing(), item.caseNumber(), null, null,
        null, null, null, null, item.forumId(), item.meetingId(), item.status(), item.createdAt(), item.late(), null);
  }

  private FollowUp followUp(Action a) {
    String status = switch (a.status()) {
      case OPEN -> a.dueDate() != null && a.dueDate().isBefore(EngineClock.today()) ? "Åben, fristen er overskredet"
          : "Åben";
      case DONE -> a.kind() == ActionKind.RESERVATION ? "Afklaret" : "Udført";
      case CANCELLED -> "Annulleret";
    };
    return new FollowUp(a.kind() == ActionKind.RESERVATION ? "Forbehold" : "Opfølgning", a.description(),
        owner(a), a.dueDate() == null ? null : DanishDates.date(a.dueDate()), status,
        a.status() == ActionStatus.DONE ? a.result() : null);
  }

  /** A person by name and organisation, a group by its name; a forum's role group as "Sekretariatet for FFU". */
  private String owner(Action a) {
    if (a.ownerUser() != null) {
      return records.describe(a.ownerUser());
    }
    String group = a.ownerGroup();
    if (group == null) {
      return "";
    }
    for (Forum forum : masterData.forums()) {
      if (group.equals(forum.id() + "-secretariat")) {
        return "Sekretariatet for " + forum.shortName();
      }
      if (group.equals(forum.id() + "-members")) {
        return "Medlemmerne af " + forum.shortName();
      }
      if (group.equals(forum.id() + "-chair")) {
        return "Formandskabet for " + forum.shortName();
      }
    }
    return jdbc.sql("select name from gov_group where id = ?").param(group).query(String.class).optional()
        .orElse("Gruppen " + group);
  }

  private static AttachmentLink attachment(long itemId, Attachment a) {
    String line = "Bilag " + a.number() + ": " + a.title() + (a.toFollow() && !a.hasFile() ? " (eftersendes)" : "");
    return new AttachmentLink(line, a.hasFile() ? "/sager/" + itemId + "/bilag/" + a.number() : null);
  }

  /** The collaboration agreement or consultation whose forum step this item is. */
  private List<Belonging> belongings(long itemId) {
    List<Belonging> result = new ArrayList<>(jdbc.sql("select distinct a.title, a.status from gov_agreement a"
            + " join gov_agreement_step s on s.agreement_id = a.id where s.item_id = ?")
        .param(itemId)
        .query((rs, n) -> new Belonging("Samarbejdsaftale", rs.getString("title"), switch (rs.getString("status")) {
          case "PUBLISHED" -> "Offentliggjort";
          case "REVISED" -> "Afløst af en revideret aftale";
          default -> "Under behandling";
        })).list());
    result.addAll(jdbc.sql("select distinct c.subject, c.status from gov_consultation c where c.item_id = ?"
            + " or c.id in (select ci.consultation_id from gov_consultation_item ci where ci.item_id = ?)")
        .params(itemId, itemId)
        .query((rs, n) -> new Belonging("Høring", rs.getString("subject"),
            "CLOSED".equals(rs.getString("status")) ? "Afsluttet" : "I gang")).list());
    return result;
  }
}
