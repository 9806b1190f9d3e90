package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.validation.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A meeting as the logged-in user may see it (our API): one that is unknown and one of a forum the user does not
 * belong to answer the same 404, so meeting ids cannot be probed (docs/adr/0025-api-forum-scope.md).
 */
@Component
public class MeetingAccess {

  private final Meetings meetings;
  private final ForumAccess forumAccess;

  MeetingAccess(Meetings meetings, ForumAccess forumAccess) {
    this.meetings = meetings;
    this.forumAccess = forumAccess;
  }

  /** @throws NotFoundException (Danish) when there is no such meeting or the user may not read its forum */
  public Meeting require(String meetingId) {
    return require(meetingId, forumAccess.currentReader());
  }

  public Meeting require(String meetingId, ForumAccess.Reader reader) {
    return meetings.find(meetingId).filter(m -> reader.mayRead(m.forumId()))
        .orElseThrow(() -> unknown(meetingId));
  }

  public static NotFoundException unknown(String meetingId) {
    return new NotFoundException("Mødet '" + meetingId + "' findes ikke.");
  }
}
