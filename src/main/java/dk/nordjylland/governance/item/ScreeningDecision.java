package dk.nordjylland.governance.item;

/** What the chair and secretariat decide for an item in the pipeline before a meeting. */
public enum ScreeningDecision {
  ACCEPT,
  DEFER,
  REJECT,
  FORWARD
}
