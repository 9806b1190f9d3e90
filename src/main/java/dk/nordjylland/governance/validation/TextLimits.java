package dk.nordjylland.governance.validation;

/**
 * How long a typed text may be, once for every check: each limit is the size of the columns it ends up in (the
 * migrations under db/migration), so a text we accept is never cut or refused by the database. A test
 * (TextLimitsTest) holds the limits and the columns together.
 */
public final class TextLimits {

  /**
   * Notes, remarks, comments, replies, questions, action descriptions and reports: our varchar(4000) columns (and a
   * task's text variables, which the minutes and agreement tasks store there).
   */
  public static final int NOTE = 4000;

  /** An item's content (summary, economy, further processing) and a decision text: varchar(8000). */
  public static final int ITEM_TEXT = 8000;

  /** A reason given for a step (a cancelled meeting, a disqualification) or a reference: varchar(1000). */
  public static final int REASON = 1000;

  /** Titles, subjects, places, and the names and notes of attendance rows: varchar(300). */
  public static final int TITLE = 300;

  /** Names, e-mail addresses and file names: varchar(200). */
  public static final int NAME = 200;

  /** An item's presentation (sagsfremstilling): varchar(30000). */
  public static final int PRESENTATION = 30_000;

  /** One recommendation (indstilling) of an item: varchar(2000). */
  public static final int RECOMMENDATION = 2000;

  /** The guests announced for an item: varchar(1000). */
  public static final int GUESTS = 1000;

  /** A case number (sagsnr.): varchar(40). */
  public static final int CASE_NUMBER = 40;

  /**
   * Any single field on a screen, before the use case checks its own limit: no column of ours is longer than the
   * presentation (varchar(30000)), and a pasted book is refused on the field, not in a listener.
   */
  public static final int SCREEN_FIELD = 20_000;

  private TextLimits() {}
}
