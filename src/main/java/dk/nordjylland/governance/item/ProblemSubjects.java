package dk.nordjylland.governance.item;

/**
 * What a problem of the screening or a meeting record is about ({@code UserInputException} subjects), so a screen
 * shows it at its field: the attendance, the guests, an item's decision ("item:12"), a sub-topic ("item:12:sub:2"), an
 * action by its number in the list ("action:2") or its due date ("action:2:dueDate"), an item sent to an external
 * body.
 */
public final class ProblemSubjects {

  public static final String ABSENTEES = "absentees";
  public static final String GUESTS = "guests";
  public static final String DUE_DATE = ":dueDate";

  private ProblemSubjects() {}

  /** What a problem about an item names as its subject: "item:12". */
  public static String subject(long itemId) {
    return "item:" + itemId;
  }

  /** The subject of a problem about an item's n-th sub-topic (from 1): "item:12:sub:2". */
  public static String subTopicSubject(long itemId, int number) {
    return subject(itemId) + ":sub:" + number;
  }

  /** The subject of a problem about the n-th action of a record (from 1): "action:2". */
  public static String actionSubject(int number) {
    return "action:" + number;
  }

  /** The subject of a problem about the n-th item sent on to an external body (from 1). */
  public static String externalForwardSubject(int number) {
    return ExternalForwarding.subject(number);
  }
}
