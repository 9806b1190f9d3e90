package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;

/** The portal's Danish words for a meeting's state, its time and a person's role: in text, never by colour alone. */
final class PortalTexts {

  private PortalTexts() {}

  static String state(MeetingStatus status) {
    return switch (status) {
      case PLANNED, CALL_FOR_ITEMS -> "Planlagt";
      case AGENDA_PUBLISHED -> "Dagsorden udsendt";
      case HELD -> "Afholdt, referatet er undervejs";
      case MINUTES_PUBLISHED, COMPLETED -> "Referat godkendt";
      case CANCELLED -> "Aflyst";
    };
  }

  /** "Flyttet fra 12. marts 2026" when the meeting no longer is on the day of the calendar; else null. */
  static String moved(Meeting meeting) {
    return meeting.plannedDate() != null && !meeting.plannedDate().equals(meeting.startsAt().toLocalDate())
        ? "Flyttet fra " + DanishDates.date(meeting.plannedDate()) : null;
  }

  /** "Torsdag den 12. marts 2026 kl. 09.00-11.00". */
  static String time(Meeting meeting) {
    String text = DanishDates.longDateTime(meeting.startsAt())
        + (meeting.endsAt() != null ? "-" + DanishDates.time(meeting.endsAt()) : "");
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "Møde i Fælles Forretningsudvalg 12. marts 2026". */
  static String title(Forum forum, Meeting meeting) {
    return "Møde i " + forum.name() + " " + DanishDates.date(meeting.startsAt());
  }

  static String role(Forum forum, ForumRole role) {
    return switch (role) {
      case CHAIR -> forum.chairTitle() == null ? "Formand" : capitalize(forum.chairTitle());
      case MEMBER -> "Medlemmer";
      case SECRETARIAT -> "Sekretariat";
    };
  }

  static String capitalize(String text) {
    return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
