package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which meeting of a forum the agreement's next step there goes to, planned ahead by its groups. */
@Service
public class AgreementPlanning {

  private final AgreementStore store;
  private final Agreements agreements;
  private final AgreementAccess access;
  private final Meetings meetings;

  AgreementPlanning(AgreementStore store, Agreements agreements, AgreementAccess access, Meetings meetings) {
    this.store = store;
    this.agreements = agreements;
    this.access = access;
    this.meetings = meetings;
  }

  /**
   * Plans the meeting the agreement's next step in that forum goes to (else the forum's next open meeting).
   *
   * @throws UserInputException for an unknown meeting or one of another forum
   */
  @Transactional
  public void planMeeting(long agreementId, String forumId, String meetingId, String actor) {
    Agreement agreement = agreements.get(agreementId);
    access.requireStarterOrGroup(agreement, actor);
    Problems problems = new Problems();
    Optional<Meeting> meeting = meetingId == null ? Optional.empty() : meetings.find(meetingId);
    problems.require(meeting.isPresent(), "Mødet '" + meetingId + "' findes ikke.");
    problems.require(meeting.isEmpty() || meeting.get().forumId().equals(forumId),
        "Mødet '" + meetingId + "' er ikke et møde i " + forumId + ".");
    problems.throwIfAny("Mødet kan ikke planlægges");
    store.plan(agreementId, forumId, meetingId);
  }
}
