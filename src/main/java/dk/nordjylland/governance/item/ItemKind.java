package dk.nordjylland.governance.item;

import java.util.Locale;

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
