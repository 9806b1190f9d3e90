package dk.nordjylland.governance.meeting;

/** Where a meeting stands in its cycle. */
public enum MeetingStatus {
  PLANNED,
  CALL_FOR_ITEMS,
  AGENDA_PUBLISHED,
  HELD,
  MINUTES_PUBLISHED,
  COMPLETED,
  CANCELLED
}
