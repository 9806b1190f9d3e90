package dk.nordjylland.governance.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a visitor typed in the search field, as the Danish stems both search engines look for (ADR 0056). The query
 * is stemmed here, in Java, by Lucene's DanishAnalyzer (Snowball's Danish stemmer and stop words, the same algorithm
 * as PostgreSQL's {@code danish} configuration), and PostgreSQL gets the stems as they are ({@code simple}), so H2 and
 * PostgreSQL look for exactly the same words. Only letters and digits reach either engine: no query syntax at all.
 */
public record SearchTerms(List<Term> terms) {

  /** Longer input is cut: a search needs a few words, not a page (and no slow query for 10,000 characters). */
  public static final int MAX_QUERY = 200;

  /** All of them must be found; more words than this are ignored. */
  public static final int MAX_TERMS = 8;

  /** Stems this long (with a letter) also find longer words: "osteoporos" finds "osteoporosepatienter". */
  static final int PREFIX_FROM = 5;

  /** Separators both engines' tokenizers would treat differently ("24/1044", "covid-19", "3.5"): spaces in both. */
  static final String SEPARATORS = "/-._:@,'";

  private static final Analyzer DANISH = new DanishAnalyzer();

  /** A stem, exact or as the start of longer words. */
  public record Term(String stem, boolean prefix) {}

  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /** The typed text (null, blank, huge or hostile alike) as at most {@link #MAX_TERMS} stems. */
  public static SearchTerms parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return new SearchTerms(List.of());
    }
    String text = typed.length() > MAX_QUERY ? typed.substring(0, MAX_QUERY) : typed;
    List<Term> terms = new ArrayList<>();
    for (String stem : stems(text)) {
      for (String part : stem.split("[^\\p{L}\\p{N}]+")) {
        Term term = new Term(part, part.length() >= PREFIX_FROM && part.chars().anyMatch(Character::isLetter));
        if (!part.isEmpty() && !terms.contains(term) && terms.size() < MAX_TERMS) {
          terms.add(term);
        }
      }
    }
    return new SearchTerms(List.copyOf(terms));
  }

  /** A text as both engines get it: the separators become spaces (PostgreSQL's indexes do the same, V23). */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(SEPARATORS.indexOf(c) >= 0 ? ' ' : c);
    }
    return b.toString();
  }

  static Analyzer analyzer() {
    return DANISH;
  }

  private static List<String> stems(String text) {
    List<String> stems = new ArrayList<>();
    try (TokenStream tokens = DANISH.tokenStream("text", normalize(text))) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        stems.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stems;
  }

  /** PostgreSQL's form: {@code stem:* & stem} for {@code to_tsquery('simple', ?)}; only letters and digits inside. */
  String tsquery() {
    return String.join(" & ", terms.stream().map(t -> t.stem() + (t.prefix() ? ":*" : "")).toList());
  }
}
