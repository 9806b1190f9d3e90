package dk.nordjylland.governance.mail;

/**
 * Which version of a message a recipient gets when it carries closed items' content (ADR 0060): the one rule of who
 * reads it is item.ClosedItems.seesConfidential.
 */
public enum MailVersion {
  /** The message as written, with the full agenda or minutes: the reader may read every closed item. */
  FULL,
  /** The closed items in their public wording, with the public PDF of the same version. */
  PUBLIC,
  /** Not sent: the message is about one closed item the reader may not read (a bilag, a reservation's report). */
  WITHHELD
}
