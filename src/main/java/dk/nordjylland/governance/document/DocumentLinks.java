package dk.nordjylland.governance.document;

/** Where the API serves a meeting's documents (DocumentController). */
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
}
