package dk.nordjylland.governance.notification;

public enum NotificationKind {
  CALL_FOR_ITEMS,
  REMINDER,
  ESCALATION,
  AGENDA,
  MINUTES_FOR_COMMENT,
  MINUTES,
  ACTION,
  MEETING_MOVED,
  /** A consultation asks for a reply by a date. */
  CONSULTATION,
  /** New unassigned tasks of a group, gathered into one message. */
  TASK_DIGEST
}
