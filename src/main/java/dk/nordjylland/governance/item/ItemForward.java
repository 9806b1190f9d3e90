package dk.nordjylland.governance.item;

import java.time.LocalDateTime;

/**
 * A matter that left a meeting for somewhere else (gov_item_forward): {@code itemId} is the item that went on (the
 * same item, or the new item of a postponed part), {@code fromItemId} the item on the sending meeting's agenda.
 * {@code fromPosition} is null when the screening sent it on (it was never on the agenda).
 */
public record ItemForward(
    Long id,
    Long itemId,
    String fromMeetingId,
    Long fromItemId,
    Integer fromPosition,
    Kind kind,
    String targetKind,
    String targetId,
    String targetMeetingId,
    LocalDateTime at) {

  public enum Kind {
    /** Sent on to another forum (or, later, another body). */
    FORWARDED,
    /** A postponed part or sub-topic, back on the forum's next meeting as an item of its own. */
    POSTPONED_PART
  }
}
