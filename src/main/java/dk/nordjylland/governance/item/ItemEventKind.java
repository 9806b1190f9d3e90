package dk.nordjylland.governance.item;

public enum ItemEventKind {
  PROPOSED,
  /** Registered by the secretariat or chair after the item deadline (issue 14). */
  REGISTERED_LATE,
  ADDED_AS_STANDING_ITEM,
  ACCEPTED,
  DEFERRED,
  REJECTED,
  FORWARDED,
  DECIDED,
  /** The secretariat corrected the recorded decision before the minutes were approved (issue 14). */
  DECISION_CORRECTED,
  /** The secretariat corrected a decision's wording after the approval and published corrected minutes (ADR 0059). */
  MINUTES_CORRECTED,
  RETURNED_TO_PIPELINE,
  /** A part of the item (or a sub-topic) was postponed and came back as an item of its own (ADR 0044). */
  PART_POSTPONED,
  /** Sent on to a body outside the collaboration by mail, after the minutes were approved (issue 15). */
  SENT_TO_EXTERNAL_BODY,
  /** A file uploaded as a bilag, new or one announced as "eftersendes" (ADR 0035). */
  ATTACHMENT_UPLOADED,
  /** The secretariat filled in a standing item's content for its meeting (issue 15). */
  CONTENT_FILLED,
  /** Taken off a sent agenda with a reason ("punktet udgår"); it waits for a later meeting (ADR 0058). */
  WITHDRAWN_FROM_AGENDA
}
