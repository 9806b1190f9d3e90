package dk.nordjylland.governance.followup;

public enum ActionStatus {
  OPEN,
  DONE,
  CANCELLED
}
