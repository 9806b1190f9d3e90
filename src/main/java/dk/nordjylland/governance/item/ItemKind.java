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

  /** The kind named at the start of a title ("(Fast punkt) Orientering: ..." is information). */
  public static ItemKind fromTitle(String title) {
    String t = title.replace("(Fast punkt)", "").strip().toLowerCase(Locale.ROOT);
    for (ItemKind kind : values()) {
      if (kind != OTHER && (t.startsWith(kind.danish.toLowerCase(Locale.ROOT) + ":")
          || t.startsWith(kind.danish.toLowerCase(Locale.ROOT) + "/"))) {
        return kind;
      }
    }
    return OTHER;
  }
}
