package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.identity.GroupIds;
import dk.nordjylland.governance.validation.NotAllowedException;
import java.util.Collection;

/**
 * Who sees the overview: process owners and administrators (issue 18). Forum members follow their own forum in the
 * Tasklist and our API ({@code GET /api/meetings?forum=}, {@code /api/agreements}); the overview shows every forum.
 */
final class OverviewAccess {

  static final String REFUSED = "Oversigten over processerne er kun for procesejere og administratorer.";

  private OverviewAccess() {}

  static boolean mayRead(Collection<String> groupIds) {
    return groupIds != null
        && (groupIds.contains(GroupIds.PROCESS_OWNERS) || groupIds.contains(GroupIds.CAMUNDA_ADMIN));
  }

  /** @throws NotAllowedException (403, Danish) for anyone else */
  static void require(Collection<String> groupIds) {
    if (!mayRead(groupIds)) {
      throw new NotAllowedException(REFUSED);
    }
  }
}
