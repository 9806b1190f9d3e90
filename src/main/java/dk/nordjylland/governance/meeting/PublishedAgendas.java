package dk.nordjylland.governance.meeting;

import java.util.List;

/**
 * What the members have been sent of a meeting's agenda, asked by the step that sends a revised agenda (ADR 0058).
 * Implemented by the document output, which keeps the published versions; the cycle depends on this contract only,
 * as followup.ItemTitles (ADR 0050).
 */
public interface PublishedAgendas {

  /** The number of the latest published version of the meeting's agenda; 0 if none was published. */
  int latestVersion(String meetingId);

  /**
   * What changed from the latest published version to the agenda as it stands now, one Danish line per change
   * ("Nyt punkt: Punkt 4: ..."), worded for the public (a closed item by its public title only); empty if nothing.
   */
  List<String> changesSinceLatest(String meetingId);
}
