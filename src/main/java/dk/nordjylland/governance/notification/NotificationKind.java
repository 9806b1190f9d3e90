package dk.nordjylland.governance.notification;

public enum NotificationKind {
  CALL_FOR_ITEMS,
  REMINDER,
  ESCALATION,
  AGENDA,
  MINUTES_FOR_COMMENT,
  MINUTES,
  ACTION,
  MEETING_MOVED
}
