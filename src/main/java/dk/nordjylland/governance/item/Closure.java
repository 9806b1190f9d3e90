package dk.nordjylland.governance.item;

/**
 * Whether an item is closed (lukket punkt) and the wording the public may read instead of its content: a public
 * title that lets a citizen identify the subject, and the reason for closing it ("Personoplysninger").
 */
public record Closure(boolean closed, String publicTitle, String reason) {

  public static final Closure OPEN = new Closure(false, null, null);

  /** "Lukket punkt: Klage over en borgers forløb", as the public reads the item's title. */
  public String publicHeading() {
    return "Lukket punkt: " + (publicTitle == null || publicTitle.isBlank() ? "(titel mangler)" : publicTitle);
  }

  /** The item as the public reads it: its public heading in place of its title, and no case text. */
  public Item publicItem(Item item) {
    return new Item(item.id(), publicHeading(), item.kind(), item.standing(), item.caseNumber(), null, null, null,
        null, null, null, item.forumId(), item.meetingId(), item.status(), item.createdAt(), item.late(), null);
  }
}
