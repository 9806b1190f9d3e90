package dk.nordjylland.governance.document;

/** What a stored document of a meeting is. */
public enum DocumentKind {
  AGENDA("Dagsorden", "dagsorden", "application/pdf"),
  MINUTES("Referat", "referat", "application/pdf"),
  INVITATION("Mødeinvitation", "moedeinvitation", "text/calendar; charset=UTF-8; method=REQUEST");

  private final String danish;
  private final String fileStem;
  private final String contentType;

  DocumentKind(String danish, String fileStem, String contentType) {
    this.danish = danish;
    this.fileStem = fileStem;
    this.contentType = contentType;
  }

  public String danish() {
    return danish;
  }

  public String contentType() {
    return contentType;
  }

  /** "dagsorden-ffu-2025-08-22.pdf". */
  public String fileName(String meetingId) {
    return fileStem + "-" + meetingId + (this == INVITATION ? ".ics" : ".pdf");
  }
}
