package dk.nordjylland.governance.item;

import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.Problems;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where the screening or a meeting's decision may send an item (Screening, DecisionChecks): a later meeting of the
 * same forum, another forum, a meeting of the forum it is sent to. Each adds a Danish problem on the item's subject.
 */
@Component
class DestinationChecks {

  private final Meetings meetings;
  private final MasterData masterData;

  DestinationChecks(Meetings meetings, MasterData masterData) {
    this.meetings = meetings;
    this.masterData = masterData;
  }

  void laterMeetingOfForum(String targetId, Meeting meeting, String what, Problems problems, String subject) {
    if (targetId == null || targetId.isBlank()) {
      problems.add(subject, what + ": vælg det møde, punktet udskydes til.");
      return;
    }
    Optional<Meeting> target = meetings.find(targetId);
    if (target.isEmpty()) {
      problems.add(subject, what + ": mødet '" + targetId + "' findes ikke.");
    } else if (!target.get().forumId().equals(meeting.forumId()) || !target.get().startsAt().isAfter(meeting.startsAt())) {
      problems.add(subject, what + ": mødet '" + targetId + "' er ikke et senere møde i samme forum.");
    }
  }

  /** The meeting a forwarded item is sent to must exist and belong to the forum it is sent to. */
  void meetingOfForum(String targetId, String forumId, String what, Problems problems, String subject) {
    Optional<Meeting> target = meetings.find(targetId);
    if (target.isEmpty()) {
      problems.add(subject, what + ": mødet '" + targetId + "' findes ikke.");
    } else if (!target.get().forumId().equals(forumId)) {
      problems.add(subject, what + ": mødet '" + targetId + "' er ikke et møde i det forum, punktet sendes til.");
    }
  }

  void otherForum(String forumId, Meeting meeting, String what, Problems problems, String subject) {
    if (forumId == null || forumId.isBlank()) {
      problems.add(subject, what + ": vælg det forum, punktet sendes til.");
    } else if (masterData.forum(forumId).isEmpty()) {
      problems.add(subject, what + ": forummet '" + forumId + "' findes ikke.");
    } else if (forumId.equals(meeting.forumId())) {
      problems.add(subject, what + ": punktet er allerede i dette forum.");
    }
  }
}
