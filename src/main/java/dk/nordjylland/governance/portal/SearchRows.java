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
 * What the portal's search needs beside the words found: the meetings whose agenda the visitor may read (forum, period,
 * agenda sent, minutes approved), newest first, the agenda entries of some items or some meetings, and the shown
 * items' texts. The same SQL on H2 and PostgreSQL, so both apply the same rights and filters (ADR 0056 and its
 * addendum). Ids are written into the SQL as literals (longs from the matcher, meeting ids read from the database and
 * quoted): H2 looks a list of literals up in an index but compares a list of parameters with every row (benchmark 7).
 */
@Repository
class SearchRows {

  private static final String DOCUMENT = "exists (select 1 from gov_document d where d.meeting_id = m.id and d.kind = ";

  private final JdbcClient jdbc;

  SearchRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Which meetings and entries to read. {@code forums}: the forums the visitor sees; {@code from}/{@code until}: the
   * meeting starts at or after / before (null: open); {@code kind}, {@code outcome}: null for any (the outcome counts
   * only where the minutes are approved: checked by the caller).
   */
  record Filter(Collection<String> forums, String forumId, LocalDateTime from, LocalDateTime until, ItemKind kind,
      Outcome outcome) {}

  /** A meeting whose agenda is sent; {@code minutesApproved}: its minutes too. */
  record MeetingRow(String id, String forumId, LocalDateTime startsAt, boolean minutesApproved) {}

  /** One item at one meeting. {@code outcome} is the recorded one: shown only once the minutes are approved. */
  record EntryRow(String meetingId, long itemId, int position, Outcome outcome, ItemKind kind, boolean closed) {}

  /** The shown item's texts. */
  record ItemRow(long id, String title, String caseNumber, String summary, String publicTitle) {}

  /** Every forum a meeting can be in (a few rows): the candidates for the visitor's visible forums. */
  List<String> forumIds() {
    return jdbc.sql("select id from gov_forum").query(String.class).list();
  }

  /** The meetings with a sent agenda the filter lets through, newest first (2,000 in ten years). */
  List<MeetingRow> meetings(Filter filter) {
    if (filter.forums().isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("select m.id, m.forum_id, m.starts_at, case when " + DOCUMENT
        + "'MINUTES') then 1 else 0 end from gov_meeting m where " + DOCUMENT + "'AGENDA') and m.forum_id in (")
        .append(String.join(", ", filter.forums().stream().map(f -> "?").toList())).append(')');
    List<Object> params = new ArrayList<>(filter.forums());
    condition(sql, params, " and m.forum_id = ?", filter.forumId());
    condition(sql, params, " and m.starts_at >= ?", filter.from());
    condition(sql, params, " and m.starts_at < ?", filter.until());
    if (filter.outcome() != null) {
      sql.append(" and ").append(DOCUMENT).append("'MINUTES')");
    }
    sql.append(" order by m.starts_at desc, m.id desc");
    return jdbc.sql(sql.toString()).params(params)
        .query((rs, n) -> new MeetingRow(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
            rs.getInt(4) == 1))
        .list();
  }

  /** The entries of these items (of the filter's kind and outcome), at any meeting. */
  List<EntryRow> entriesOfItems(Collection<Long> itemIds, Filter filter) {
    return itemIds.isEmpty() ? List.of() : entries("e.item_id in (" + String.join(", ",
        itemIds.stream().map(id -> Long.toString(id)).toList()) + ")", filter);
  }

  /** The entries on these meetings' agendas (of the filter's kind and outcome). */
  List<EntryRow> entriesOfMeetings(Collection<String> meetingIds, Filter filter) {
    return meetingIds.isEmpty() ? List.of() : entries("e.meeting_id in (" + String.join(", ",
        meetingIds.stream().map(id -> "'" + id.replace("'", "''") + "'").toList()) + ")", filter);
  }

  private List<EntryRow> entries(String which, Filter filter) {
    StringBuilder sql = new StringBuilder("select e.meeting_id, e.item_id, e.position, e.outcome, i.kind, i.closed"
        + " from gov_agenda_entry e join gov_item i on i.id = e.item_id where " + which);
    List<Object> params = new ArrayList<>();
    condition(sql, params, " and i.kind = ?", filter.kind() == null ? null : filter.kind().name());
    condition(sql, params, " and e.outcome = ?", filter.outcome() == null ? null : filter.outcome().name());
    return jdbc.sql(sql.toString()).params(params)
        .query((rs, n) -> new EntryRow(rs.getString(1), rs.getLong(2), rs.getInt(3),
            rs.getString(4) == null ? null : Outcome.valueOf(rs.getString(4)), ItemKind.valueOf(rs.getString(5)),
            rs.getBoolean(6)))
        .list();
  }

  /** The shown items (a page: at most 20 ids). */
  Map<Long, ItemRow> items(Collection<Long> itemIds) {
    Map<Long, ItemRow> items = new HashMap<>();
    if (itemIds.isEmpty()) {
      return items;
    }
    jdbc.sql("select id, title, case_number, summary, public_title from gov_item where id in ("
            + String.join(", ", itemIds.stream().map(id -> Long.toString(id)).toList()) + ")")
        .query((rs, n) -> new ItemRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5)))
        .list().forEach(row -> items.put(row.id(), row));
    return items;
  }

  private static void condition(StringBuilder sql, List<Object> params, String condition, Object value) {
    if (value != null) {
      sql.append(condition);
      params.add(value);
    }
  }
}
