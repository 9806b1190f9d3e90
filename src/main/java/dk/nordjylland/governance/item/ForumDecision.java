package dk.nordjylland.governance.item;

/**
 * What a forum's decision on an item means to a process that waits for it: the value of the variable
 * {@code forumDecision} that forum-decision.bpmn returns and the gateways of the calling models read. Derived from
 * the {@link Outcome} by {@link Outcome#forumDecision()}, so no model repeats outcome names.
 */
public enum ForumDecision {
  /** Approved or taken to notice: the process goes on. */
  APPROVED,
  /** Approved with remarks: goes on once the remarks are worked in (a new version). */
  APPROVED_WITH_REMARKS,
  /** Approved with a reservation: goes on once the reservation is cleared. */
  APPROVED_WITH_RESERVATION,
  /** Not approved, discussed, sent on or no decision: back to whoever prepared it. */
  NOT_APPROVED,
  /** Postponed or not treated: the item comes back on a later meeting; forum-decision.bpmn keeps waiting. */
  PENDING;

  /** The forum approved (with or without conditions). */
  public boolean approves() {
    return this == APPROVED || this == APPROVED_WITH_REMARKS || this == APPROVED_WITH_RESERVATION;
  }
}
