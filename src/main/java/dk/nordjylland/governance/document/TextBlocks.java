package dk.nordjylland.governance.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Free text of an item (resumé, sagsfremstilling, beslutning) as paragraphs and bullet lists: a blank line
 * separates paragraphs, lines starting with "-", "•" or "*" are bullets. The template prints every line with
 * th:text, so whatever a user typed (HTML, script) stays text.
 */
public final class TextBlocks {

  /** A paragraph (its lines) or a bullet list (its points). */
  public record Block(boolean bullets, List<String> lines) {}

  private TextBlocks() {}

  public static List<Block> of(String text) {
    List<Block> blocks = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return blocks;
    }
    List<String> lines = new ArrayList<>();
    Boolean bullets = null;
    for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
      String line = raw.strip();
      boolean bullet = line.startsWith("- ") || line.startsWith("• ") || line.startsWith("* ");
      if (line.isEmpty() || (bullets != null && bullet != bullets)) {
        if (!lines.isEmpty()) {
          blocks.add(new Block(bullets, List.copyOf(lines)));
        }
        lines.clear();
        bullets = null;
        if (line.isEmpty()) {
          continue;
        }
      }
      bullets = bullet;
      lines.add(bullet ? line.substring(2).strip() : line);
    }
    if (!lines.isEmpty()) {
      blocks.add(new Block(bullets, List.copyOf(lines)));
    }
    return blocks;
  }
}
