package dk.nordjylland.governance.notify;

/** What a message in the outbox is about; chosen by the step that asks for it, read by the mail that sends it. */
public enum NotificationKind {
  CALL_FOR_ITEMS,
  REMINDER,
  ESCALATION,
  AGENDA,
  MINUTES_FOR_COMMENT,
  MINUTES,
  ACTION,
  MEETING_MOVED,
  /** A meeting was cancelled (issue 15): the reason and where its items went. */
  MEETING_CANCELLED,
  /** A consultation asks for a reply by a date. */
  CONSULTATION,
  /** New unassigned tasks of a group, gathered into one message. */
  TASK_DIGEST,
  /** An attachment announced as "eftersendes" was uploaded after the agenda went out (ADR 0035). */
  ATTACHMENT_SENT_LATER,
  /** An item sent on to a body outside the collaboration: a letter with its texts and the decision (issue 15). */
  ITEM_SENT_ON
}
