package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.DocumentLinks;
import dk.nordjylland.governance.meeting.Meeting;

/** The links of the overview's rows. */
final class OverviewLinks {

  private OverviewLinks() {}

  /**
   * The meeting's documents as a reader wants them: the minutes once published, the agenda once sent, before that the
   * list of what has been generated (our API; the web apps' login opens it, ADR 0029).
   */
  static String documentsLink(Meeting m) {
    return switch (m.status()) {
      case MINUTES_PUBLISHED, COMPLETED -> DocumentLinks.path(m.id(), DocumentKind.MINUTES);
      case AGENDA_PUBLISHED, HELD -> DocumentLinks.path(m.id(), DocumentKind.AGENDA);
      default -> "/api/meetings/" + m.id() + "/documents";
    };
  }

  /** The instance's page in Cockpit (running instances only: the community Cockpit shows no finished ones). */
  static String cockpitLink(String processInstanceId) {
    return processInstanceId == null ? null
        : "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime";
  }
}
