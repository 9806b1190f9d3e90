package dk.nordjylland.governance.item;

public enum ItemEventKind {
  PROPOSED,
  ADDED_AS_STANDING_ITEM,
  ACCEPTED,
  DEFERRED,
  REJECTED,
  FORWARDED,
  DECIDED,
  RETURNED_TO_PIPELINE
}
