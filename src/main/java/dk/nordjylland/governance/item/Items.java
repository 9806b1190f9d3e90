package dk.nordjylland.governance.item;

import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.NotFoundException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The item tables. */
@Repository
public class Items {

  private static final String ITEM = "select id, title, kind, standing, case_number, summary, presentation, economy,"
      + " further_processing, proposed_by, proposer_body, forum_id, meeting_id, status, created_at, guests,"
      + " exists (select 1 from gov_item_event e where e.item_id = gov_item.id and e.kind = 'REGISTERED_LATE') as late"
      + " from gov_item";

  private final JdbcClient jdbc;
  private final Meetings meetings;

  Items(JdbcClient jdbc, Meetings meetings) {
    this.jdbc = jdbc;
    this.meetings = meetings;
  }

  long insert(ItemProposal p, String forumId, String meetingId, boolean standing, String proposedBy,
      LocalDateTime now) {
    return insert(p, ItemKind.fromTitle(p.title()), null, forumId, meetingId, standing, proposedBy, now);
  }

  long insert(ItemProposal p, ItemKind kind, String guests, String forumId, String meetingId, boolean standing,
      String proposedBy, LocalDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into gov_item (title, kind, standing, case_number, summary, presentation, economy,"
            + " further_processing, proposed_by, proposer_body, forum_id, meeting_id, status, created_at, guests)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?)")
        .params(p.title().strip(), kind.name(), standing, p.caseNumber(), p.summary(),
            p.presentation(), p.economy(), p.furtherProcessing(), proposedBy, p.proposerBody(), forumId, meetingId,
            now, guests)
        .update(key, "id");
    long id = key.getKey().longValue();
    List<String> recommendations = p.recommendations();
    for (int i = 0; i < recommendations.size(); i++) {
      jdbc.sql("insert into gov_item_recommendation (item_id, number, text) values (?, ?, ?)")
          .params(id, i + 1, recommendations.get(i).strip()).update();
    }
    List<ItemProposal.AttachmentProposal> attachments = p.attachments();
    for (int i = 0; i < attachments.size(); i++) {
      jdbc.sql("insert into gov_item_attachment (item_id, number, title, to_follow) values (?, ?, ?, ?)")
          .params(id, i + 1, attachments.get(i).title().strip(), attachments.get(i).toFollow()).update();
    }
    return id;
  }

  /** Links a pre-meeting's item to the main meeting's item it prepares (ADR 0046). */
  void setPrepares(long itemId, long mainItemId) {
    jdbc.sql("update gov_item set prepares_item_id = ? where id = ?").params(mainItemId, itemId).update();
  }

  /** The ids of the items that were put before a pre-meeting to prepare the given item. */
  public List<Long> preparing(long mainItemId) {
    return jdbc.sql("select id from gov_item where prepares_item_id = ? order by id").param(mainItemId)
        .query(Long.class).list();
  }

  public Optional<Item> find(long id) {
    return jdbc.sql(ITEM + " where id = ?").param(id).query(Item.class).optional();
  }

  /** The item, or 404 "Punkt 12 findes ikke." (Danish). */
  public Item get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Punkt " + id + " findes ikke."));
  }

  public List<Recommendation> recommendations(long itemId) {
    return jdbc.sql("select number, text from gov_item_recommendation where item_id = ? order by number")
        .param(itemId).query(Recommendation.class).list();
  }

  /** The item's attachments with their files' name, type, size and upload (not the content). */
  public List<Attachment> attachments(long itemId) {
    return jdbc.sql("select a.number, a.title, a.to_follow, f.file_name, f.content_type, f.size_bytes, f.uploaded_by,"
            + " f.uploaded_at from gov_item_attachment a left join gov_item_attachment_file f"
            + " on f.item_id = a.item_id and f.number = a.number where a.item_id = ? order by a.number")
        .param(itemId)
        .query((rs, n) -> {
          String fileName = rs.getString("file_name");
          int number = rs.getInt("number");
          return new Attachment(number, rs.getString("title"), rs.getBoolean("to_follow"), fileName,
              rs.getString("content_type"), fileName == null ? null : rs.getLong("size_bytes"),
              rs.getString("uploaded_by"),
              rs.getTimestamp("uploaded_at") == null ? null : rs.getTimestamp("uploaded_at").toLocalDateTime(),
              fileName == null ? null : Attachment.path(itemId, number));
        })
        .list();
  }

  /** Items proposed for the meeting (the pipeline screened before it). */
  public List<Item> pipeline(String meetingId) {
    return jdbc.sql(ITEM + " where meeting_id = ? and status = 'PROPOSED' order by standing desc, id")
        .param(meetingId).query(Item.class).list();
  }

  /** Items in a forum's pipeline without a meeting yet. */
  List<Item> unscheduled(String forumId) {
    return jdbc.sql(ITEM + " where forum_id = ? and meeting_id is null and status = 'PROPOSED' order by id")
        .param(forumId).query(Item.class).list();
  }

  /** PROPOSED items of the meeting's forum aimed at earlier meetings that are past screening. */
  List<Item> leftOverBefore(Meeting meeting) {
    return jdbc.sql(ITEM + " where gov_item.forum_id = ? and gov_item.status = 'PROPOSED' and gov_item.meeting_id in"
            + " (select m.id from gov_meeting m where m.forum_id = ? and m.starts_at < ?"
            + " and m.status not in ('PLANNED', 'CALL_FOR_ITEMS')) order by gov_item.id")
        .params(meeting.forumId(), meeting.forumId(), meeting.startsAt()).query(Item.class).list();
  }

  /**
   * Removes a standing item the call for items added to the meeting's pipeline (untouched: not screened, nothing
   * but its ADDED_AS_STANDING_ITEM event) with the given title, other than {@code keptItemId}.
   */
  void dropFreshStandingItem(String meetingId, String title, long keptItemId) {
    List<Long> fresh = jdbc.sql("select i.id from gov_item i where i.meeting_id = ? and i.standing = true"
            + " and i.status = 'PROPOSED' and i.id <> ? and i.title = ? and i.proposed_by = 'system'"
            + " and not exists (select 1 from gov_item_event e where e.item_id = i.id"
            + " and e.kind <> 'ADDED_AS_STANDING_ITEM')"
            + " and not exists (select 1 from gov_agenda_entry a where a.item_id = i.id)")
        .params(meetingId, keptItemId, title.strip()).query(Long.class).list();
    for (long id : fresh) {
      jdbc.sql("delete from gov_item_event where item_id = ?").param(id).update();
      jdbc.sql("delete from gov_item where id = ?").param(id).update();
    }
  }

  /** The items a meeting has in its pipeline or on its agenda: what its cancellation sends on. */
  List<Item> pipelineAndAgenda(String meetingId) {
    return jdbc.sql(ITEM + " where meeting_id = ? and status in ('PROPOSED', 'ON_AGENDA') order by id")
        .param(meetingId).query(Item.class).list();
  }

  void clearAgenda(String meetingId) {
    jdbc.sql("delete from gov_agenda_subtopic where meeting_id = ?").param(meetingId).update();
    jdbc.sql("delete from gov_agenda_entry where meeting_id = ?").param(meetingId).update();
  }

  void moveTo(long itemId, String forumId, String meetingId, ItemStatus status) {
    jdbc.sql("update gov_item set forum_id = ?, meeting_id = ?, status = ?, version = version + 1 where id = ?")
        .params(forumId, meetingId, status.name(), itemId).update();
  }

  void setStatus(long itemId, ItemStatus status) {
    jdbc.sql("update gov_item set status = ?, version = version + 1 where id = ?")
        .params(status.name(), itemId).update();
  }

  public List<AgendaEntry> agenda(String meetingId) {
    return jdbc.sql("select * from gov_agenda_entry where meeting_id = ? order by position")
        .param(meetingId).query(AgendaEntry.class).list();
  }

  public List<AgendaEntry> agendaEntriesOf(long itemId) {
    return jdbc.sql("select e.* from gov_agenda_entry e join gov_meeting m on m.id = e.meeting_id"
            + " where e.item_id = ? order by m.starts_at")
        .param(itemId).query(AgendaEntry.class).list();
  }

  /** The entry starts with the guests announced with the item (issue 15), so the agenda shows them. */
  void putOnAgenda(String meetingId, long itemId, int position) {
    jdbc.sql("insert into gov_agenda_entry (meeting_id, item_id, position, guests)"
            + " values (?, ?, ?, (select guests from gov_item where id = ?))")
        .params(meetingId, itemId, position, itemId).update();
  }

  void decide(String meetingId, long itemId, DecisionInput d, LocalDateTime now) {
    jdbc.sql("update gov_agenda_entry set outcome = ?, decision_text = ?, target_forum_id = ?, target_meeting_id = ?,"
            + " reservation = ?, reservation_owner = ?, guests = ?, decided_at = ? where meeting_id = ? and item_id = ?")
        .params(d.outcome().name(), d.decisionText(), d.targetForumId(), d.targetMeetingId(), d.reservation(),
            d.reservationOwner(), d.guests(), now, meetingId, itemId)
        .update();
  }

  /** A decision's wording only (corrected minutes, ADR 0059): the outcome and where the item went stay. */
  void rewordDecision(String meetingId, long itemId, String decisionText) {
    jdbc.sql("update gov_agenda_entry set decision_text = ? where meeting_id = ? and item_id = ?")
        .params(decisionText, meetingId, itemId).update();
  }

  /**
   * The guests of an item as the meeting's attendance recorded them (ADR 0043): the entry's guests, which the agenda
   * announced and the minutes print under the item.
   */
  public void confirmGuests(String meetingId, long itemId, String guests) {
    jdbc.sql("update gov_agenda_entry set guests = ? where meeting_id = ? and item_id = ?")
        .params(guests, meetingId, itemId).update();
  }

  /**
   * The parts of a recorded decision beyond its outcome (ADR 0044): the postponed part and the sub-topics, replacing
   * what an earlier recording of the item said.
   */
  void recordParts(String meetingId, long itemId, String postponedPart, List<SubTopicInput> subTopics) {
    jdbc.sql("update gov_agenda_entry set postponed_part = ? where meeting_id = ? and item_id = ?")
        .params(postponedPart, meetingId, itemId).update();
    jdbc.sql("delete from gov_agenda_subtopic where meeting_id = ? and item_id = ?").params(meetingId, itemId).update();
    for (int i = 0; i < subTopics.size(); i++) {
      SubTopicInput s = subTopics.get(i);
      jdbc.sql("insert into gov_agenda_subtopic (meeting_id, item_id, number, title, text, outcome, decision_text)"
              + " values (?, ?, ?, ?, ?, ?, ?)")
          .params(meetingId, itemId, i + 1, s.title().strip(), blankToNull(s.text()), s.outcome().name(),
              blankToNull(s.decisionText()))
          .update();
    }
  }

  /** The item's sub-topics as recorded at the meeting, in order. */
  public List<SubTopic> subTopics(String meetingId, long itemId) {
    return jdbc.sql("select * from gov_agenda_subtopic where meeting_id = ? and item_id = ? order by number")
        .params(meetingId, itemId).query(SubTopic.class).list();
  }

  /** The item's sub-topics at every meeting it was on. */
  public List<SubTopic> subTopicsOf(long itemId) {
    return jdbc.sql("select s.* from gov_agenda_subtopic s join gov_meeting m on m.id = s.meeting_id"
            + " where s.item_id = ? order by m.starts_at, s.number")
        .param(itemId).query(SubTopic.class).list();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  void addDecidedAction(String meetingId, long itemId, String description, String owner, LocalDate due,
      String guestName, String guestEmail) {
    jdbc.sql("insert into gov_decided_action (meeting_id, item_id, description, owner, due_date, guest_name,"
            + " guest_email) values (?, ?, ?, ?, ?, ?, ?)")
        .params(meetingId, itemId, description, owner, due, guestName, guestEmail).update();
  }

  public List<DecidedAction> decidedActions(String meetingId) {
    return jdbc.sql("select * from gov_decided_action where meeting_id = ? order by id")
        .param(meetingId).query(DecidedAction.class).list();
  }

  void setAbsences(String meetingId, List<String> personIds, String guests) {
    jdbc.sql("delete from gov_meeting_absence where meeting_id = ?").param(meetingId).update();
    for (String person : personIds) {
      jdbc.sql("insert into gov_meeting_absence (meeting_id, person_id) values (?, ?)").params(meetingId, person)
          .update();
    }
    meetings.recordGuests(meetingId, guests); // the meeting's own column: the meeting package owns the table
  }

  public List<String> absences(String meetingId) {
    return jdbc.sql("select person_id from gov_meeting_absence where meeting_id = ? order by person_id")
        .param(meetingId).query(String.class).list();
  }

  public void event(long itemId, ItemEventKind kind, String forumId, String meetingId, String text, String actor,
      LocalDateTime now) {
    jdbc.sql("insert into gov_item_event (item_id, at, kind, forum_id, meeting_id, text, actor)"
            + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(itemId, now, kind.name(), forumId, meetingId, text, actor).update();
  }

  public List<ItemEvent> history(long itemId) {
    return jdbc.sql("select * from gov_item_event where item_id = ? order by id").param(itemId)
        .query(ItemEvent.class).list();
  }
}
