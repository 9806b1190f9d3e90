package dk.nordjylland.governance.item;

/**
 * A follow-up action decided on an item: owner is a user, group or external body id, or, for a guest (issue 15),
 * empty with guestName and guestEmail given; dueDate dd-mm-åååå or yyyy-mm-dd (API clients;
 * the record-meeting screen reads the typed date itself and sends it as yyyy-mm-dd), read by
 * {@link dk.nordjylland.governance.calendar.DanishDates}.
 */
public record ActionInput(Long itemId, String description, String owner, String dueDate, String guestName,
    String guestEmail) {

  /** An action owned by a user, group or external body. */
  public ActionInput(Long itemId, String description, String owner, String dueDate) {
    this(itemId, description, owner, dueDate, null, null);
  }

  boolean guest() {
    return guestName != null && !guestName.isBlank() || guestEmail != null && !guestEmail.isBlank();
  }
}
