package dk.nordjylland.governance.document;

/** Where the API (DocumentController) and the meeting portal serve a meeting's documents. */
public final class DocumentLinks {

  private DocumentLinks() {}

  /** "/api/meetings/ffu-2025-08-22/documents/agenda.pdf". */
  public static String path(String meetingId, DocumentKind kind) {
    return "/api/meetings/" + meetingId + "/documents/" + switch (kind) {
      case AGENDA -> "agenda.pdf";
      case MINUTES -> "minutes.pdf";
      case INVITATION -> "invitation.ics";
      case CANCELLATION -> "cancellation.ics";
    };
  }

  /** The meeting's page on the portal: "/moeder/ffu-2025-08-22" (ADR 0062). */
  public static String portalMeeting(String meetingId) {
    return "/moeder/" + meetingId;
  }

  /**
   * The document on the portal, which serves the full or the public version from the reader's session and never asks
   * for a password of its own (ADR 0062): "/moeder/ffu-2025-08-22/dagsorden.pdf?version=2"; a calendar file is the
   * meeting's current one.
   */
  public static String portal(String meetingId, DocumentKind kind, int version) {
    return portalMeeting(meetingId) + switch (kind) {
      case AGENDA -> "/dagsorden.pdf?version=" + version;
      case MINUTES -> "/referat.pdf?version=" + version;
      case INVITATION, CANCELLATION -> "/kalender.ics";
    };
  }
}
