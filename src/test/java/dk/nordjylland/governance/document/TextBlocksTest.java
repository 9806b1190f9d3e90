package dk.nordjylland.governance.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.document.TextBlocks.Block;
import dk.nordjylland.governance.document.TextBlocks.Point;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Issue 15: free text's lists nest as typed (or as Word pastes them), and a date is not a numbered point. */
class TextBlocksTest {

  @Test
  void wordsSubBulletUnderABulletAtTheSameIndentationIsASubPointAndTheNextBulletIsBackOnTop() {
    List<Block> blocks = TextBlocks.of("Herunder:\n• Første\no Under første\no Også under\n• Anden");
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).bullets()).isFalse();
    List<Point> points = blocks.get(1).points();
    assertThat(points).extracting(Point::text).containsExactly("Første", "Anden");
    assertThat(points.get(0).children()).extracting(Point::marker, Point::text)
        .containsExactly(Tuple.tuple("o", "Under første"),
            Tuple.tuple("o", "Også under"));
    assertThat(points.get(1).children()).isEmpty();
  }

  @Test
  void indentationNestsAndAWrappedLineContinuesItsPoint() {
    List<Point> points = TextBlocks.of("- Et\n  - Et a\n      - Et a i\n    fortsat\n- To\n  1. To ét\n  2) To to")
        .get(0).points();
    assertThat(points).extracting(Point::marker).containsExactly("•", "•");
    Point a = points.get(0).children().get(0);
    assertThat(a.marker()).isEqualTo("o");
    assertThat(a.children()).extracting(Point::marker, Point::text)
        .containsExactly(Tuple.tuple("▪", "Et a i fortsat"));
    assertThat(points.get(1).orderedChildren()).isTrue();
    assertThat(points.get(1).children()).extracting(Point::marker).containsExactly("1.", "2)");
    // The plain-text mail reads every point in order.
    assertThat(TextBlocks.of("- Et\n  - Et a\n- To").get(0).lines()).containsExactly("Et", "Et a", "To");
  }

  @Test
  void aDateOrOrdinaryTextAtALinesStartIsAParagraph() {
    List<Block> blocks = TextBlocks.of("1. april 2026 mødtes udvalget.\nOg drøftede sagen.");
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0).bullets()).isFalse();
    assertThat(blocks.get(0).lines()).containsExactly("1. april 2026 mødtes udvalget.", "Og drøftede sagen.");
  }
}
