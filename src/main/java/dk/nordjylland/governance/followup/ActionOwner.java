package dk.nordjylland.governance.followup;

/**
 * Who owns an action as decided (issue 15): one id (a user, a group or an external body of the master data), or a
 * guest given by name and e-mail.
 */
public record ActionOwner(String id, String guestName, String guestEmail) {

  public static ActionOwner of(String id) {
    return new ActionOwner(id, null, null);
  }

  public static ActionOwner guest(String name, String email) {
    return new ActionOwner(null, name, email);
  }

  public boolean isGuest() {
    return guestName != null && !guestName.isBlank() || guestEmail != null && !guestEmail.isBlank();
  }
}
