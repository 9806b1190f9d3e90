package dk.nordjylland.governance.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A follow-up of a meeting: an action or a reservation to clear, with its owner and due date.
 *
 * @param itemId the agenda item it was decided under, if any
 * @param ownerUser the person who owns it, or null when a group does
 * @param ownerGroup the group whose members see the task: the owning group, or the forum's secretariat when a
 *     person owns it
 * @param result what was done (action) or how the reservation was cleared
 * @param report the written report back to the forum (reservation)
 * @param ownerExternal the external body that owns it (issue 15); its task is the secretariat's (ownerGroup)
 * @param ownerGuestName a guest who owns it, by name; its task is the secretariat's too
 */
public record Action(
    Long id,
    Long itemId,
    String meetingId,
    String forumId,
    ActionKind kind,
    String description,
    String ownerUser,
    String ownerGroup,
    LocalDate dueDate,
    ActionStatus status,
    String result,
    String report,
    String processInstanceId,
    LocalDateTime createdAt,
    LocalDateTime completedAt,
    String ownerExternal,
    String ownerGuestName,
    String ownerGuestEmail) {

  /** Owned outside the collaboration (an external body or a guest): mailed, with no task of its own. */
  public boolean ownedOutside() {
    return ownerExternal != null || ownerGuestName != null;
  }
}
