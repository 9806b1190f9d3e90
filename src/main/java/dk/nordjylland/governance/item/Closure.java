package dk.nordjylland.governance.item;

/**
 * Whether an item is closed (lukket punkt) and the wording the public may read instead of its content: a public
 * title that lets a citizen identify the subject, and the reason for closing it ("Personoplysninger").
 */
public record Closure(boolean closed, String publicTitle, String reason) {

  public static final Closure OPEN = new Closure(false, null, null);

  /**
   * The one wording of a closed item without its public title yet, wherever the public would read that title (the
   * heading, the search, the comparison of versions). The agenda is not sent without a public title, so the public
   * meets it only for an item closed after its agenda was sent.
   */
  public static final String NO_PUBLIC_TITLE = "Lukket punkt";

  /** The public title, or {@link #NO_PUBLIC_TITLE} while it is missing. */
  public static String publicTitleOr(String publicTitle) {
    return publicTitle == null || publicTitle.isBlank() ? NO_PUBLIC_TITLE : publicTitle.strip();
  }

  /** "Lukket punkt: Klage over en borgers forløb", as the public reads the item's title ("Lukket punkt" without one). */
  public String publicHeading() {
    return publicTitle == null || publicTitle.isBlank() ? NO_PUBLIC_TITLE : "Lukket punkt: " + publicTitle.strip();
  }

  /** The line under a closed item for the public: "Lukket punkt. Begrundelse: Personoplysninger." */
  public String publicNote() {
    return NO_PUBLIC_TITLE + reasonPart();
  }

  /**
   * The line under a closed item for those who read it in full, so the chair sees what the public will read:
   * "Lukket punkt. Offentlig titel: Klage over ... Begrundelse: Personoplysninger." ("(mangler)" without a title).
   */
  public String fullNote() {
    return "Lukket punkt. Offentlig titel: " + (publicTitle == null || publicTitle.isBlank() ? "(mangler)"
        : publicTitle.strip()) + reasonPart();
  }

  private String reasonPart() {
    return reason == null || reason.isBlank() ? "." : ". Begrundelse: " + reason.strip() + ".";
  }

  /** The item as the public reads it: its public heading in place of its title, and no case text. */
  public Item publicItem(Item item) {
    return new Item(item.id(), publicHeading(), item.kind(), item.standing(), item.caseNumber(), null, null, null,
        null, null, null, item.forumId(), item.meetingId(), item.status(), item.createdAt(), item.late(), null);
  }
}
