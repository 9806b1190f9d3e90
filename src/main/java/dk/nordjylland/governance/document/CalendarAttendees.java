package dk.nordjylland.governance.document;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * An invitation (iCalendar) without its ATTENDEE properties: the members' names and e-mail addresses are for the
 * forum's own people (issue 13). RFC 5545 folds long lines: a continuation line starts with a space or a tab and
 * belongs to the property before it, so it goes with its ATTENDEE.
 */
final class CalendarAttendees {

  private static final Pattern ATTENDEE = Pattern.compile("(?im)^ATTENDEE[;:].*\\r?\\n(?:[ \\t].*\\r?\\n)*");

  private CalendarAttendees() {}

  static byte[] removed(byte[] ics) {
    return ATTENDEE.matcher(new String(ics, StandardCharsets.UTF_8)).replaceAll("")
        .getBytes(StandardCharsets.UTF_8);
  }
}
