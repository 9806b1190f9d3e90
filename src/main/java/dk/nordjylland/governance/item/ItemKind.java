package dk.nordjylland.governance.item;

import java.util.Locale;
import java.util.Optional;

/** The kind an item's title starts with: "Orientering:", "Drøftelse:", "Godkendelse:", "Beslutning:". */
public enum ItemKind {
  INFORMATION("Orientering"),
  DISCUSSION("Drøftelse"),
  APPROVAL("Godkendelse"),
  DECISION("Beslutning"),
  OTHER("");

  private final String danish;

  ItemKind(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }

  /** A kind as a client types it: its Danish word or its name, any case; empty if it is none of them. */
  public static Optional<ItemKind> parse(String typed) {
    String t = typed == null ? "" : typed.strip();
    for (ItemKind kind : values()) {
      if (!t.isEmpty() && (t.equalsIgnoreCase(kind.name()) || t.equalsIgnoreCase(kind.danish))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind named by a title's first word: "(Fast punkt) Orientering: ..." and "Orientering" are
   * information, "Godkendelse af dagsorden" approval, "Drøftelse/Orientering: ..." discussion.
   */
  public static ItemKind fromTitle(String title) {
    String t = title.replace("(Fast punkt)", "").strip().toLowerCase(Locale.ROOT);
    String first = t.split("[\\s:/]", 2)[0];
    for (ItemKind kind : values()) {
      if (kind != OTHER && first.equals(kind.danish.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    return OTHER;
  }
}
