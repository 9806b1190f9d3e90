package dk.nordjylland.governance.document;

import dk.nordjylland.governance.document.DocumentSnapshot.AttachmentSnapshot;
import dk.nordjylland.governance.document.DocumentSnapshot.ItemSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed from one published version of a document to the next, in Danish (issue 17 point 2, ADR 0057): items
 * added, removed and moved, the parts of an item whose text changed, bilag added, removed or replaced, and the
 * meeting's time or place. Items are followed by their id, so a changed title is a changed text, not a new item.
 */
public final class VersionChanges {

  /** What kind of change; {@code danish} leads the line, so the kind is said in words, not by colour. */
  public enum Kind {
    MEETING("Mødet"), ADDED("Nyt punkt"), REMOVED("Udgået punkt"), MOVED("Flyttet"), TEXT("Ændret tekst"),
    ATTACHMENT("Bilag");

    private final String danish;

    Kind(String danish) {
      this.danish = danish;
    }

    public String danish() {
      return danish;
    }
  }

  /** One change: its kind and what it says ("Punkt 3: Budget 2027: resumé og indstilling"). */
  public record Change(Kind kind, String text) {}

  /** The parts of an item in the order the document prints them, with the names the Danish lines use. */
  private static final Map<String, Function<ItemSnapshot, String>> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("titel", ItemSnapshot::title);
    PARTS.put("resumé", ItemSnapshot::summary);
    PARTS.put("sagsfremstilling", ItemSnapshot::presentation);
    PARTS.put("økonomi", ItemSnapshot::economy);
    PARTS.put("fortsat sagsbehandling", ItemSnapshot::furtherProcessing);
    PARTS.put("indstilling", ItemSnapshot::recommendations);
    PARTS.put("beslutning", ItemSnapshot::decision);
    PARTS.put("offentlig beslutning", ItemSnapshot::publicDecision);
  }

  private VersionChanges() {}

  /** The changes from {@code before} to {@code after}, meeting first, then in the new agenda's order. */
  public static List<Change> between(DocumentSnapshot before, DocumentSnapshot after) {
    List<Change> changes = new ArrayList<>();
    if (!same(before.time(), after.time())) {
      changes.add(new Change(Kind.MEETING, "tidspunktet er ændret fra " + before.time() + " til " + after.time()));
    }
    if (!same(before.place(), after.place())) {
      changes.add(new Change(Kind.MEETING, "stedet er ændret fra " + orNone(before.place()) + " til "
          + orNone(after.place())));
    }
    Map<Long, ItemSnapshot> old = new LinkedHashMap<>();
    before.items().forEach(i -> old.put(i.itemId(), i));
    Set<Long> kept = new HashSet<>();
    after.items().forEach(i -> kept.add(i.itemId()));
    Set<Long> moved = moved(before.items(), after.items());

    for (ItemSnapshot item : after.items()) {
      ItemSnapshot was = old.get(item.itemId());
      if (was == null) {
        changes.add(new Change(Kind.ADDED, label(item)));
        continue;
      }
      if (moved.contains(item.itemId())) {
        changes.add(new Change(Kind.MOVED, label(item) + " (før punkt " + was.position() + ")"));
      }
      List<String> parts = PARTS.entrySet().stream()
          .filter(p -> !same(p.getValue().apply(was), p.getValue().apply(item))).map(Map.Entry::getKey).toList();
      if (!parts.isEmpty()) {
        changes.add(new Change(Kind.TEXT, label(item) + ": " + words(parts)
            + (parts.contains("titel") ? " (før: " + was.title() + ")" : "")));
      }
      attachments(item, was, changes);
    }
    for (ItemSnapshot was : before.items()) {
      if (!kept.contains(was.itemId())) {
        changes.add(new Change(Kind.REMOVED, "Punkt " + was.position() + ": " + was.title()));
      }
    }
    return changes;
  }

  /**
   * The items kept in both versions whose order among the others changed: all but the longest run that kept its
   * order, so one item moved from the end to the top is one move, and items pushed down by a new one are none.
   */
  static Set<Long> moved(List<ItemSnapshot> before, List<ItemSnapshot> after) {
    Map<Long, Integer> newIndex = new LinkedHashMap<>();
    for (int i = 0; i < after.size(); i++) {
      newIndex.put(after.get(i).itemId(), i);
    }
    List<Long> common = before.stream().map(ItemSnapshot::itemId).filter(newIndex::containsKey).toList();
    int n = common.size();
    int[] length = new int[n];
    int[] previous = new int[n];
    int best = -1;
    for (int i = 0; i < n; i++) {
      length[i] = 1;
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        if (newIndex.get(common.get(j)) < newIndex.get(common.get(i)) && length[j] + 1 > length[i]) {
          length[i] = length[j] + 1;
          previous[i] = j;
        }
      }
      if (best < 0 || length[i] > length[best]) {
        best = i;
      }
    }
    Set<Long> inOrder = new HashSet<>();
    for (int i = best; i >= 0; i = previous[i]) {
      inOrder.add(common.get(i));
    }
    Set<Long> moved = new HashSet<>(common);
    moved.removeAll(inOrder);
    return moved;
  }

  private static void attachments(ItemSnapshot item, ItemSnapshot was, List<Change> changes) {
    Map<Integer, AttachmentSnapshot> old = new LinkedHashMap<>();
    was.attachments().forEach(a -> old.put(a.number(), a));
    Set<Integer> now = new HashSet<>();
    for (AttachmentSnapshot a : item.attachments()) {
      now.add(a.number());
      AttachmentSnapshot before = old.get(a.number());
      if (before == null) {
        changes.add(new Change(Kind.ATTACHMENT, label(item) + ": tilføjet \"" + a.title() + "\""));
      } else if (!before.equals(a)) {
        changes.add(new Change(Kind.ATTACHMENT, label(item) + ": ændret \"" + a.title() + "\""
            + (before.title().equals(a.title()) ? "" : " (før: \"" + before.title() + "\")")
            + (before.toFollow() && a.fileName() != null ? ", eftersendt" : "")));
      }
    }
    was.attachments().stream().filter(a -> !now.contains(a.number())).forEach(a ->
        changes.add(new Change(Kind.ATTACHMENT, label(item) + ": fjernet \"" + a.title() + "\"")));
  }

  private static String label(ItemSnapshot item) {
    return "Punkt " + item.position() + ": " + item.title();
  }

  /** "resumé", "resumé og indstilling", "titel, resumé og beslutning". */
  private static String words(List<String> parts) {
    return parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " og " + parts.get(parts.size() - 1);
  }

  private static boolean same(String a, String b) {
    return Objects.equals(blankToNull(a), blankToNull(b));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String orNone(String place) {
    return place == null || place.isBlank() ? "intet sted" : place;
  }
}
