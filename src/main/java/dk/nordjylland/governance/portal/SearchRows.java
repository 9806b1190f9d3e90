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
 * What the portal's search needs beside the words found: the agenda entries a visitor may see, newest meeting first,
 * with the filters and the publication rules (agenda sent, minutes approved for the outcome) done by the database,
 * a slice at a time, and the shown items' texts. The same SQL on H2 and PostgreSQL, so both apply the same rights and
 * filters (ADR 0056, addendum of round 6).
 */
@Repository
class SearchRows {

  private static final String AGENDA_SENT = "exists (select 1 from gov_document d where d.meeting_id = e.meeting_id"
      + " and d.kind = 'AGENDA')";
  private static final String MINUTES_APPROVED = "exists (select 1 from gov_document d where d.meeting_id ="
      + " e.meeting_id and d.kind = 'MINUTES')";

  private final JdbcClient jdbc;

  SearchRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Which entries to read. {@code forums}: the forums the visitor sees (null: every forum, a process owner);
   * {@code from}/{@code until}: the meeting starts at or after / before (null: open); {@code kind}, {@code outcome}:
   * null for any. The outcome is matched only where the minutes are approved (a recorded draft must not leak).
   */
  record Filter(Collection<String> forums, String forumId, LocalDateTime from, LocalDateTime until, ItemKind kind,
      Outcome outcome) {}

  /** One item at one meeting. {@code outcome} is the recorded one: shown only once the minutes are approved. */
  record EntryRow(String meetingId, long itemId, int position, Outcome outcome, String forumId,
      LocalDateTime startsAt, ItemKind kind, boolean closed, boolean minutesApproved) {}

  /** The shown item's texts. */
  record ItemRow(long id, String title, String caseNumber, String summary, String publicTitle) {}

  /** Every forum a meeting can be in (a few rows): the candidates for the visitor's visible forums. */
  List<String> forumIds() {
    return jdbc.sql("select id from gov_forum").query(String.class).list();
  }

  /**
   * The entries on sent agendas that pass the filter, newest meeting first (then the highest item id, the meeting),
   * rows {@code offset} to {@code offset + limit}. {@code itemIds}: only these items (null: any). The ids are written
   * into the SQL as numbers (longs from the matcher, never typed text): H2 looks a list of literals up in an index but
   * compares a list of parameters with every row (benchmark 7).
   */
  List<EntryRow> entries(Filter filter, Collection<Long> itemIds, int offset, int limit) {
    if (itemIds != null && itemIds.isEmpty() || filter.forums() != null && filter.forums().isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("select e.meeting_id, e.item_id, e.position, e.outcome, m.forum_id,"
        + " m.starts_at, i.kind, i.closed, case when " + MINUTES_APPROVED + " then 1 else 0 end"
        + " from gov_agenda_entry e join gov_meeting m on m.id = e.meeting_id join gov_item i on i.id = e.item_id"
        + " where " + AGENDA_SENT);
    List<Object> params = new ArrayList<>();
    if (filter.forums() != null) {
      sql.append(" and m.forum_id in (").append(String.join(", ", filter.forums().stream().map(f -> "?").toList()))
          .append(')');
      params.addAll(filter.forums());
    }
    condition(sql, params, " and m.forum_id = ?", filter.forumId());
    condition(sql, params, " and m.starts_at >= ?", filter.from());
    condition(sql, params, " and m.starts_at < ?", filter.until());
    condition(sql, params, " and i.kind = ?", filter.kind() == null ? null : filter.kind().name());
    condition(sql, params, " and e.outcome = ? and " + MINUTES_APPROVED,
        filter.outcome() == null ? null : filter.outcome().name());
    if (itemIds != null) {
      sql.append(" and e.item_id in (").append(numbers(itemIds)).append(')');
    }
    sql.append(" order by m.starts_at desc, e.item_id desc, e.meeting_id desc offset ").append(offset)
        .append(" rows fetch next ").append(limit).append(" rows only");
    return jdbc.sql(sql.toString()).params(params)
        .query((rs, n) -> new EntryRow(rs.getString(1), rs.getLong(2), rs.getInt(3),
            rs.getString(4) == null ? null : Outcome.valueOf(rs.getString(4)), rs.getString(5),
            rs.getTimestamp(6).toLocalDateTime(), ItemKind.valueOf(rs.getString(7)), rs.getBoolean(8),
            rs.getInt(9) == 1))
        .list();
  }

  /** The shown items (a page: at most 20 ids). */
  Map<Long, ItemRow> items(Collection<Long> itemIds) {
    Map<Long, ItemRow> items = new HashMap<>();
    if (itemIds.isEmpty()) {
      return items;
    }
    jdbc.sql("select id, title, case_number, summary, public_title from gov_item where id in ("
            + numbers(itemIds) + ")")
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

  private static String numbers(Collection<Long> ids) {
    return String.join(", ", ids.stream().map(id -> Long.toString(id)).toList());
  }
}
