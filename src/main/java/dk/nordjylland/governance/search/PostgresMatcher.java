package dk.nordjylland.governance.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The postgres profile's matcher: {@code to_tsvector('danish', ...)} against the stems as they are
 * ({@code to_tsquery('simple', ...)}: already stemmed in Java). The expressions are those of the GIN indexes of V23
 * and V28 (the item's text with economy and "fortsat sagsbehandling", the sub-topics).
 */
class PostgresMatcher implements TextMatcher {

  private static final String ITEM_TEXT = vector("coalesce(title, '') || ' ' || coalesce(case_number, '') || ' '"
      + " || coalesce(summary, '') || ' ' || coalesce(presentation, '') || ' ' || coalesce(economy, '') || ' '"
      + " || coalesce(further_processing, '')");
  private static final String SUB_TOPIC_TEXT = vector("coalesce(title, '') || ' ' || coalesce(text, '') || ' '"
      + " || coalesce(decision_text, '')");
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
    Set<Matches.Entry> decisions = entries("gov_agenda_entry", vector("coalesce(decision_text, '')"), q);
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
