package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.item.MinutesCorrections;
import dk.nordjylland.governance.meeting.Meetings;
import org.springframework.stereotype.Component;

/**
 * Whether a meeting's page under "Møder" offers "Ret det godkendte referat" (ADR 0059): approved minutes, and a user
 * who may correct them. Asked by the template (meeting-plan.html), so the meeting's page needs no change of its own.
 */
@Component
class MinutesCorrectionLink {

  private final Meetings meetings;
  private final MinutesCorrections corrections;
  private final ForumAccess forumAccess;

  MinutesCorrectionLink(Meetings meetings, MinutesCorrections corrections, ForumAccess forumAccess) {
    this.meetings = meetings;
    this.corrections = corrections;
    this.forumAccess = forumAccess;
  }

  /** Whether the minutes are approved and this user may correct them (CorrectMinutesPage, its path). */
  public boolean offered(String meetingId) {
    return meetings.find(meetingId).filter(MinutesCorrections::approved)
        .filter(m -> corrections.mayCorrect(m, forumAccess.currentUser())).isPresent();
  }
}
