package dk.nordjylland.governance.item;

/** A sub-topic (underpunkt) as recorded at a meeting: number 1 prints as "4.a" under item 4. */
public record SubTopic(
    String meetingId, Long itemId, int number, String title, String text, Outcome outcome, String decisionText) {

  /** "a", "b", ... (at most 26 per item, checked when recorded). */
  public String letter() {
    return String.valueOf((char) ('a' + number - 1));
  }
}
