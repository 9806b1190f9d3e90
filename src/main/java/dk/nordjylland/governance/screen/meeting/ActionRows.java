package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.screen.ScreenForm;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How many follow-up action rows the record-meeting screen shows, without JavaScript: three at first, and three more
 * each time "Tilføj flere handlinger" is pressed (the page comes back with what was typed). The count travels in a
 * hidden field. Public: the template calls it.
 */
public final class ActionRows {

  static final String FIELD = "actionRows";
  static final String MORE = "more";
  static final int STEP = 3;
  /** A bound on what a hand-made post can ask the server to render; far above any meeting's actions. */
  static final int MAX = 300;
  static final List<String> FIELDS = List.of("-item", "-description", "-owner", "-dueDate", "-guestName",
      "-guestEmail");

  /** The row numbers to show, 1..n. */
  public List<Integer> numbers(ScreenForm form) {
    int count = count(form.value(FIELD), !form.value(MORE).isEmpty());
    return IntStream.rangeClosed(1, count).boxed().toList();
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
