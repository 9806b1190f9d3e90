package dk.nordjylland.governance.search;

/**
 * Finds the search words in the texts: PostgreSQL's full text search in the postgres profile, a Lucene index on the
 * embedded H2 default. Both get the same stems ({@link SearchTerms}) and must give the same {@link Matches}.
 */
public interface TextMatcher {

  Matches match(SearchTerms terms);

  /** Reads every text from the database again, after rows were written around the application (a bulk load). */
  default void refresh() {}
}
