package dk.nordjylland.governance.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The postgres profile's matcher: {@code to_tsvector('danish', ...)} against the stems as they are
 * ({@code to_tsquery('simple', ...)}: already stemmed in Java). The long texts (an item's own text with economy and
 * "fortsat sagsbehandling", a decision, a sub-topic) have their vectors stored and GIN-indexed (V28), the short ones
 * (public title, attachment title, public decision) GIN expression indexes with exactly these expressions (V23).
 */
class PostgresMatcher implements TextMatcher {

  /** The stored vectors (V28): an item's own text, a decision, a sub-topic. */
  private static final String ITEM_TEXT = "search_vector";
  private static final String DECISION_TEXT = "decision_vector";
  private static final String SUB_TOPIC_TEXT = "search_vector";
  private static final String QUERY = " @@ to_tsquery('simple', ?)";

  private final JdbcClient jdbc;

  PostgresMatcher(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static String vector(String text) {
    return "to_tsvector('danish', translate(" + text + ", '/-._:@,''', '        '))";
  }

  @Override
  public Matches match(SearchTerms terms) {
    if (terms.isEmpty()) {
      return Matches.none();
    }
    String q = terms.tsquery();
    Set<Long> items = new HashSet<>(ids("select id from gov_item where " + ITEM_TEXT + QUERY, q));
    items.addAll(ids("select item_id from gov_item_attachment where " + vector("coalesce(title, '')") + QUERY, q));
    Set<Long> publicTitles = new HashSet<>(
        ids("select id from gov_item where " + vector("coalesce(public_title, '')") + QUERY, q));
    Set<Matches.Entry> decisions = entries("gov_agenda_entry", DECISION_TEXT, q);
    decisions.addAll(entries("gov_agenda_subtopic", SUB_TOPIC_TEXT, q));
    return new Matches(items, publicTitles, decisions,
        entries("gov_agenda_entry", vector("coalesce(public_decision, '')"), q));
  }

  private List<Long> ids(String sql, String q) {
    return jdbc.sql(sql).param(q).query(Long.class).list();
  }

  private Set<Matches.Entry> entries(String table, String vector, String q) {
    return new HashSet<>(jdbc.sql("select meeting_id, item_id from " + table + " where " + vector + QUERY)
        .param(q)
        .query((rs, n) -> new Matches.Entry(rs.getString(1), rs.getLong(2))).list());
  }
}
