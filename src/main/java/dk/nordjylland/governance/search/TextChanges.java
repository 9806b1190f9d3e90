package dk.nordjylland.governance.search;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The H2 log of changed texts ({@code gov_search_change}, V28, {@link TextChangeTrigger}) as the Lucene index reads
 * it: which items were written since it last looked. A transaction that commits late has a lower id than changes
 * already read, so the last {@link #LOOKBACK} ids are read again and the new ones among them counted.
 */
final class TextChanges {

  /** Ids read again each time: a transaction committing after this many later changes is caught at the next start. */
  static final int LOOKBACK = 500;

  /** Rows older than this many changes are deleted at a full build: the log is a queue, not a history. */
  static final int KEEP = 100_000;

  private final JdbcClient jdbc;
  private final TreeSet<Long> read = new TreeSet<>();
  private long last;

  TextChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Before a full build (which reads every text anyway): everything logged so far counts as read. */
  synchronized void skipToNow() {
    last = jdbc.sql("select coalesce(max(id), 0) from gov_search_change").query(Long.class).single();
    read.clear();
    read.addAll(jdbc.sql("select id from gov_search_change where id > ?").param(last - LOOKBACK)
        .query(Long.class).list());
    jdbc.sql("delete from gov_search_change where id < ?").param(last - KEEP).update();
  }

  /** The items written since the last call (committed changes only: the log is written in the writer's transaction). */
  synchronized Set<Long> items() {
    Set<Long> items = new HashSet<>();
    jdbc.sql("select id, item_id from gov_search_change where id > ? order by id").param(last - LOOKBACK)
        .query(rs -> {
          if (read.add(rs.getLong(1))) {
            items.add(rs.getLong(2));
          }
        });
    if (!read.isEmpty()) {
      last = Math.max(last, read.last());
    }
    read.headSet(last - LOOKBACK, true).clear();
    return items;
  }
}
