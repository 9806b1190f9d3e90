package dk.nordjylland.governance.item;

/** Where an item stands. PROPOSED items are in a forum's pipeline, aimed at a meeting. */
public enum ItemStatus {
  PROPOSED,
  ON_AGENDA,
  DECIDED,
  REJECTED
}
