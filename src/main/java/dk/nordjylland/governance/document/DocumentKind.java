package dk.nordjylland.governance.document;

/** What a stored document of a meeting is. */
public enum DocumentKind {
  AGENDA("Dagsorden", "dagsorden", "application/pdf"),
  MINUTES("Referat", "referat", "application/pdf"),
  INVITATION("Mødeinvitation", "moedeinvitation", "text/calendar; charset=UTF-8; method=REQUEST"),
  /** The calendar's cancellation of the invitation (issue 15): same UID, the next SEQUENCE. */
  CANCELLATION("Aflysning", "aflysning", "text/calendar; charset=UTF-8; method=CANCEL");

  private final String danish;
  private final String fileStem;
  private final String contentType;

  DocumentKind(String danish, String fileStem, String contentType) {
    this.danish = danish;
    this.fileStem = fileStem;
    this.contentType = contentType;
  }

  /** An iCalendar file, whose attendees are for the forum's own people (CalendarAttendees). */
  public boolean isCalendar() {
    return this == INVITATION || this == CANCELLATION;
  }

  public String danish() {
    return danish;
  }

  public String contentType() {
    return contentType;
  }

  /** "dagsorden-ffu-2025-08-22.pdf". */
  public String fileName(String meetingId) {
    return fileStem + "-" + meetingId + (isCalendar() ? ".ics" : ".pdf");
  }
}
