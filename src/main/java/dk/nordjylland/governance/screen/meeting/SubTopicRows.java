package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.screen.ScreenForm;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How many sub-topic rows (underpunkter) each item shows on the record-meeting screen, without JavaScript (ADR 0044):
 * two at first, two more for the item whose "Tilføj underpunkter" was pressed. The count travels in a hidden field
 * per item ("p4-subTopics"); empty rows are not saved. Public: the template calls it.
 */
public final class SubTopicRows {

  static final String MORE = "moreSubTopics";
  static final String COUNT = "-subTopics";
  static final int STEP = 2;
  /** 26 letters: a-z (DecisionChecks.MAX_SUB_TOPICS). */
  static final int MAX = 26;
  static final List<String> FIELDS = List.of("-title", "-text", "-outcome", "-decisionText");

  /** The row numbers to show for the item with this key, 1..n. */
  public List<Integer> numbers(ScreenForm form, String key) {
    return IntStream.rangeClosed(1, count(form.value(key + COUNT), key.equals(form.value(MORE)))).boxed().toList();
  }

  /** The letter of row n: 1 is "a". */
  public String letter(int number) {
    return String.valueOf((char) ('a' + number - 1));
  }

  /** Whether anything was typed in the item's sub-topics, or one has an error: the section then shows open. */
  public boolean used(ScreenForm form, String key) {
    for (int n : numbers(form, key)) {
      String row = key + "-s" + n;
      if (form.hasError(row) || FIELDS.stream().anyMatch(f -> !form.value(row + f).isEmpty() || form.hasError(row + f))) {
        return true;
      }
    }
    return false;
  }

  static int count(String typed, boolean more) {
    int count;
    try {
      count = Integer.parseInt(typed.strip());
    } catch (NumberFormatException e) {
      count = STEP;
    }
    count = Math.max(STEP, Math.min(MAX, count));
    return more ? Math.min(MAX, count + STEP) : count;
  }
}
