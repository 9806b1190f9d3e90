package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.item.ItemKind;
import dk.nordjylland.governance.item.Outcome;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the portal's search needs beside the words found: the agenda entries of the items found with their meeting's
 * forum, time and publication (agenda sent, minutes approved), and the shown items' texts. The same SQL on H2 and
 * PostgreSQL, so both apply the same rights and filters (ADR 0056).
 */
@Repository
class SearchRows {

  /**
   * Ids per IN list. The ids are written into the SQL as numbers (they are longs from the matcher, never typed
   * text): H2 looks a list of literals up in the primary key, but compares a list of parameters with every row
   * (benchmark 7: seconds for a word in every item).
   */
  private static final int CHUNK = 1_000;

  private final JdbcClient jdbc;

  SearchRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One item at one meeting. {@code outcome} is the recorded one: shown only once the minutes are approved. */
  record EntryRow(String meetingId, long itemId, int position, Outcome outcome, String forumId,
      LocalDateTime startsAt, ItemKind kind, boolean closed) {}

  /** A meeting's published documents: its agenda sent, its minutes approved. */
  record Publication(boolean agendaSent, boolean minutesApproved) {}

  /** The shown item's texts. */
  record ItemRow(long id, String title, String caseNumber, String summary, String publicTitle) {}

  List<EntryRow> entries(Collection<Long> itemIds) {
    List<EntryRow> rows = new ArrayList<>();
    for (List<Long> chunk : chunks(itemIds)) {
      rows.addAll(jdbc.sql("select e.meeting_id, e.item_id, e.position, e.outcome, m.forum_id, m.starts_at, i.kind,"
              + " i.closed from gov_item i join gov_agenda_entry e on e.item_id = i.id"
              + " join gov_meeting m on m.id = e.meeting_id where i.id in (" + numbers(chunk) + ")")
          .query((rs, n) -> new EntryRow(rs.getString(1), rs.getLong(2), rs.getInt(3),
              rs.getString(4) == null ? null : Outcome.valueOf(rs.getString(4)), rs.getString(5),
              rs.getTimestamp(6).toLocalDateTime(), ItemKind.valueOf(rs.getString(7)), rs.getBoolean(8)))
          .list());
    }
    return rows;
  }

  /** Every meeting with a sent agenda or approved minutes (a few thousand rows in ten years). */
  Map<String, Publication> publications() {
    Map<String, Publication> publications = new HashMap<>();
    jdbc.sql("select distinct meeting_id, kind from gov_document where kind in ('AGENDA', 'MINUTES')")
        .query(rs -> {
          Publication p = publications.getOrDefault(rs.getString(1), new Publication(false, false));
          publications.put(rs.getString(1), "AGENDA".equals(rs.getString(2))
              ? new Publication(true, p.minutesApproved()) : new Publication(p.agendaSent(), true));
        });
    return publications;
  }

  Map<Long, ItemRow> items(Collection<Long> itemIds) {
    Map<Long, ItemRow> items = new HashMap<>();
    for (List<Long> chunk : chunks(itemIds)) {
      jdbc.sql("select id, title, case_number, summary, public_title from gov_item where id in ("
              + numbers(chunk) + ")")
          .query((rs, n) -> new ItemRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5)))
          .list().forEach(row -> items.put(row.id(), row));
    }
    return items;
  }

  private static List<List<Long>> chunks(Collection<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    List<List<Long>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }

  private static String numbers(List<Long> ids) {
    return String.join(", ", ids.stream().map(id -> Long.toString(id)).toList());
  }
}
