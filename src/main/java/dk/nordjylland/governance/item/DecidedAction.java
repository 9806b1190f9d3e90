package dk.nordjylland.governance.item;

import dk.nordjylland.governance.followup.ActionOwner;
import java.time.LocalDate;

/**
 * An action decided at a meeting, started as a follow-up when the minutes are approved.
 *
 * @param owner a user, group or external body id; null when a guest (guestName, guestEmail) owns it
 */
public record DecidedAction(Long id, String meetingId, Long itemId, String description, String owner, LocalDate dueDate,
    String guestName, String guestEmail) {

  public ActionOwner actionOwner() {
    return owner != null ? ActionOwner.of(owner) : ActionOwner.guest(guestName, guestEmail);
  }
}
