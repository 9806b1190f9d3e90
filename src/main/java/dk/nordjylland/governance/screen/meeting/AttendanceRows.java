package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.screen.ScreenForm;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How many substitute and guest rows the record-meeting screen shows (ADR 0043), without JavaScript, as ActionRows
 * does for actions: what was recorded or announced plus two empty rows, and two more each time "Tilføj flere
 * stedfortrædere og gæster" is pressed. The counts travel in hidden fields. Public: the template calls it.
 */
public final class AttendanceRows {

  static final String SUBSTITUTES = "substituteRows";
  static final String GUESTS = "guestRows";
  static final String MORE = "moreAttendance";
  static final int STEP = 2;
  /** A bound on what a hand-made post can ask the server to render. */
  static final int MAX = 200;

  public List<Integer> substitutes(ScreenForm form) {
    return numbers(form, SUBSTITUTES);
  }

  public List<Integer> guests(ScreenForm form) {
    return numbers(form, GUESTS);
  }

  private static List<Integer> numbers(ScreenForm form, String field) {
    return IntStream.rangeClosed(1, count(form.value(field), !form.value(MORE).isEmpty())).boxed().toList();
  }

  /** Rows to show for {@code filled} rows known at first showing: those and two empty ones. */
  static int initial(int filled) {
    return Math.min(MAX, filled + STEP);
  }

  static int count(String typed, boolean more) {
    int count;
    try {
      count = Integer.parseInt(typed.strip());
    } catch (NumberFormatException e) {
      count = STEP;
    }
    count = Math.max(1, Math.min(MAX, count));
    return more ? Math.min(MAX, count + STEP) : count;
  }
}
