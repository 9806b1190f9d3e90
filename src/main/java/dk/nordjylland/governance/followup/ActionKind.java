package dk.nordjylland.governance.followup;

/** What a follow-up is. */
public enum ActionKind {
  /** A concrete follow-up action decided at a meeting, for a named owner. */
  ACTION,
  /** A reservation an item was approved with, which its owner must clear and report back on in writing. */
  RESERVATION
}
