package dk.nordjylland.governance.item;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables behind revising a sent agenda (ADR 0058): moving entries to make room for a late item or close the gap of
 * a withdrawn one, the forum's items a late item can be chosen from, and the history of revised agendas sent.
 */
@Repository
class AgendaRevisions {

  private final JdbcClient jdbc;

  AgendaRevisions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every entry at {@code position} or after moves one down, so an item can be put there. */
  void makeRoom(String meetingId, int position) {
    jdbc.sql("update gov_agenda_entry set position = position + 1 where meeting_id = ? and position >= ?")
        .params(meetingId, position).update();
  }

  /** Takes the item's entry (with any sub-topics) off the agenda; the items after it move one up. */
  void remove(String meetingId, long itemId, int position) {
    jdbc.sql("delete from gov_agenda_subtopic where meeting_id = ? and item_id = ?").params(meetingId, itemId).update();
    jdbc.sql("delete from gov_agenda_entry where meeting_id = ? and item_id = ?").params(meetingId, itemId).update();
    jdbc.sql("update gov_agenda_entry set position = position - 1 where meeting_id = ? and position > ?")
        .params(meetingId, position).update();
  }

  /** The forum's proposed items waiting in its pipeline for any meeting or none, standing items left out. */
  List<Long> waitingItems(String forumId) {
    return jdbc.sql("select id from gov_item where forum_id = ? and status = 'PROPOSED' and standing = false"
            + " order by created_at, id")
        .param(forumId).query(Long.class).list();
  }

  void recordSending(String meetingId, int version, String note, String sentBy, LocalDateTime sentAt) {
    jdbc.sql("insert into gov_agenda_revision (meeting_id, version, note, sent_by, sent_at) values (?, ?, ?, ?, ?)")
        .params(meetingId, version, note, sentBy, sentAt).update();
  }

  List<RevisedAgenda> sendings(String meetingId) {
    return jdbc.sql("select version, note, sent_by, sent_at from gov_agenda_revision where meeting_id = ?"
            + " order by version")
        .param(meetingId).query(RevisedAgenda.class).list();
  }
}
