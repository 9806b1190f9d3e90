package dk.nordjylland.governance.masterdata;

public enum ForumKind {
  ADMINISTRATIVE,
  POLITICAL,
  PRE_MEETING,
  COORDINATION,
  PARTNERSHIP
}
