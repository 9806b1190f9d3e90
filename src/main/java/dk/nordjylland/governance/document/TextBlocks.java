package dk.nordjylland.governance.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text of an item (resumé, sagsfremstilling, beslutning) as paragraphs and lists: a blank line separates
 * paragraphs; lines starting with "-", "•", "*", "o", "–", "▪" are bullets, "1." / "1)" / "a)" numbered points.
 * Lists nest (issue 15, the seeds' "•" with "o" under it): a point indented further than the one before, or with
 * another marker at the same indentation (as Word pastes "o" under "•"), is a sub-point of it; an indented line
 * without a marker continues the point above. The template prints every text with th:text, so whatever a user typed
 * (HTML, script) stays text.
 */
public final class TextBlocks {

  /** Bullet markers; a "o" or "▪" is Word's second and third level. */
  private static final Pattern BULLET = Pattern.compile("^([-•*o–▪·\\uF0B7])\\s+(\\S.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3}[.)]|[a-zæøå]\\))\\s+(\\S.*)$");
  /** "1. april 2026 ..." starts a sentence, not a list. */
  private static final Pattern DATE = Pattern.compile("^\\d{1,2}\\.\\s+(januar|februar|marts|april|maj|juni|juli|august"
      + "|september|oktober|november|december)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The glyph a bullet prints with at each depth, as the seeds do. */
  private static final List<String> GLYPHS = List.of("•", "o", "▪");

  /**
   * A paragraph (its lines, {@code points} empty) or a list ({@code bullets}; {@code points} the tree, {@code lines}
   * every point's text depth first, for the plain-text mail).
   */
  public record Block(boolean bullets, List<String> lines, List<Point> points) {

    /** A paragraph or a flat list (mails, tests). */
    public Block(boolean bullets, List<String> lines) {
      this(bullets, lines, bullets ? lines.stream().map(l -> new Point("•", false, l, List.of())).toList() : List.of());
    }

    /** Whether the list is numbered ({@code <ol>}). */
    public boolean ordered() {
      return !points.isEmpty() && points.get(0).ordered();
    }

    /**
     * The lines as plain text shows them: a paragraph's lines as they are; a list's points depth first, indented by
     * level, each with its marker ("1." as typed, "-" for a bullet), so a numbered indstilling keeps its numbers.
     */
    public List<String> markedLines() {
      if (!bullets) {
        return lines;
      }
      List<String> marked = new ArrayList<>();
      points.forEach(p -> mark(p, 0, marked));
      return marked;
    }

    private static void mark(Point point, int depth, List<String> marked) {
      marked.add("  ".repeat(depth) + (point.ordered() ? point.marker() : "-") + " " + point.text());
      point.children().forEach(c -> mark(c, depth + 1, marked));
    }
  }

  /** A list point: the marker it prints with ("•", "o", "1.", "a)"), its text and its sub-points. */
  public record Point(String marker, boolean ordered, String text, List<Point> children) {

    public boolean orderedChildren() {
      return !children.isEmpty() && children.get(0).ordered();
    }
  }

  private TextBlocks() {}

  public static List<Block> of(String text) {
    List<Block> blocks = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return blocks;
    }
    List<String> paragraph = new ArrayList<>();
    ListBuilder list = null;
    for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(blocks, paragraph, list);
        list = null;
        continue;
      }
      int indent = indentOf(raw);
      Matcher bullet = BULLET.matcher(line);
      Matcher numbered = NUMBERED.matcher(line);
      boolean isBullet = bullet.matches();
      boolean isNumbered = !isBullet && numbered.matches() && !DATE.matcher(line).matches();
      if (isBullet || isNumbered) {
        if (list == null) {
          flush(blocks, paragraph, null);
          list = new ListBuilder();
        }
        if (isBullet) {
          list.add(indent, "bullet" + bullet.group(1), null, bullet.group(2).strip());
        } else {
          String label = numbered.group(1);
          list.add(indent, Character.isDigit(label.charAt(0)) ? "number" : "letter",
              label, numbered.group(2).strip());
        }
      } else if (list != null && indent > 0) {
        // A wrapped line of the point above (the seeds' text wraps inside a bullet).
        list.continueLast(line);
      } else {
        if (list != null) {
          flush(blocks, paragraph, list);
          list = null;
        }
        paragraph.add(line);
      }
    }
    flush(blocks, paragraph, list);
    return blocks;
  }

  private static void flush(List<Block> blocks, List<String> paragraph, ListBuilder list) {
    if (!paragraph.isEmpty()) {
      blocks.add(new Block(false, List.copyOf(paragraph), List.of()));
      paragraph.clear();
    }
    if (list != null && !list.roots.isEmpty()) {
      List<Point> points = list.roots.stream().map(Node::point).toList();
      List<String> lines = new ArrayList<>();
      points.forEach(p -> collect(p, lines));
      blocks.add(new Block(true, List.copyOf(lines), points));
    }
  }

  private static void collect(Point point, List<String> lines) {
    lines.add(point.text());
    point.children().forEach(c -> collect(c, lines));
  }

  /** Leading white space, a tab as four spaces. */
  private static int indentOf(String raw) {
    int width = 0;
    for (char c : raw.toCharArray()) {
      if (c == ' ' || c == '\u00A0') {
        width++;
      } else if (c == '\t') {
        width += 4;
      } else {
        break;
      }
    }
    return width;
  }

  /** A point while the list is read. */
  private static final class Node {
    final String label;
    final boolean ordered;
    final int depth;
    final StringBuilder text;
    final List<Node> children = new ArrayList<>();

    Node(String label, boolean ordered, int depth, String text) {
      this.label = label;
      this.ordered = ordered;
      this.depth = depth;
      this.text = new StringBuilder(text);
    }

    Point point() {
      String marker = ordered ? label : GLYPHS.get(Math.min(depth, GLYPHS.size() - 1));
      return new Point(marker, ordered, text.toString(), children.stream().map(Node::point).toList());
    }
  }

  /** One level of the list being read: its indentation, its marker kind, its points. */
  private record Level(int indent, String kind, List<Node> nodes, int depth) {}

  private static final class ListBuilder {
    final List<Node> roots = new ArrayList<>();
    final Deque<Level> levels = new ArrayDeque<>();

    void add(int indent, String kind, String label, String text) {
      if (levels.isEmpty()) {
        levels.push(new Level(indent, kind, roots, 0));
      } else if (indent > levels.peek().indent()) {
        nest(indent, kind);
      } else {
        while (levels.size() > 1 && levels.peek().indent() > indent) {
          levels.pop();
        }
        if (!levels.peek().kind().equals(kind)) {
          // Another marker: an outer level with that marker at this indentation, else a sub-list of the last point.
          Level outer = levels.stream().filter(l -> l.kind().equals(kind) && l.indent() <= indent).findFirst()
              .orElse(null);
          if (outer != null) {
            while (levels.peek() != outer) {
              levels.pop();
            }
          } else {
            nest(indent, kind);
          }
        }
      }
      Level level = levels.peek();
      level.nodes().add(new Node(label, label != null, level.depth(), text));
    }

    private void nest(int indent, String kind) {
      Level parent = levels.peek();
      List<Node> siblings = parent.nodes();
      levels.push(new Level(indent, kind, siblings.get(siblings.size() - 1).children, parent.depth() + 1));
    }

    void continueLast(String line) {
      List<Node> nodes = levels.peek().nodes();
      nodes.get(nodes.size() - 1).text.append(' ').append(line);
    }
  }
}
