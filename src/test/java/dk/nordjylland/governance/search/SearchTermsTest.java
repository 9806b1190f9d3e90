package dk.nordjylland.governance.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Bad input stays cheap (ADR 0056): whatever is typed, the engines get at most {@link SearchTerms#MAX_TERMS} stems
 * of letters and digits from the first {@link SearchTerms#MAX_QUERY} characters, never query syntax.
 */
class SearchTermsTest {

  @Test
  void aHugeTextIsCutToItsFirst200Characters() {
    SearchTerms terms = SearchTerms.parse("sygehus ".repeat(24) + "x".repeat(9_000) + " osteoporose");
    assertThat(terms.terms()).extracting(SearchTerms.Term::stem).containsExactly("sygehus", "x".repeat(8));
  }

  @Test
  void fiftyWordsAreCutToTheFirstEight() {
    String fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> "ord" + i).collect(Collectors.joining(" "));
    SearchTerms terms = SearchTerms.parse(fifty);
    assertThat(terms.terms()).extracting(SearchTerms.Term::stem)
        .containsExactly("ord1", "ord2", "ord3", "ord4", "ord5", "ord6", "ord7", "ord8");
    assertThat(terms.tsquery()).isEqualTo("ord1 & ord2 & ord3 & ord4 & ord5 & ord6 & ord7 & ord8");
  }

  @Test
  void sqlLuceneAndTsquerySyntaxReachNoEngine() {
    String[] hostile = {
        "osteoporose') or 1=1; drop table gov_item; --",
        "title:osteo* AND (osteoporose~2 OR \"x\"^3) -y +[a TO z] /re.*/",
        "osteoporose & !x | y:* <-> 'z' <2> (",
        "\\\\ '' %_ {x} ${x} #{x} \u0000\u202E",
    };
    for (String q : hostile) {
      SearchTerms terms = SearchTerms.parse(q);
      assertThat(terms.terms()).as(q).isNotEmpty().allSatisfy(t -> assertThat(t.stem()).matches("[\\p{L}\\p{N}]+"));
      assertThat(terms.tsquery()).as(q).matches("[\\p{L}\\p{N}]+(:\\*)?( & [\\p{L}\\p{N}]+(:\\*)?)*");
    }
  }
}
