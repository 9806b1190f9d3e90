package dk.nordjylland.governance.item;

import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.Problems;
import org.springframework.stereotype.Component;

/** Who may propose what to a forum (ItemProposals): a member's item, a standing item, an item for a past meeting. */
@Component
class ProposalRights {

  private final ForumAccess forumAccess;
  private final Directory directory;
  private final MeetingTexts texts;

  ProposalRights(ForumAccess forumAccess, Directory directory, MeetingTexts texts) {
    this.forumAccess = forumAccess;
    this.directory = directory;
    this.texts = texts;
  }

  /**
   * The proposer is in one of the groups that may propose to the forum ({@code governance.proposals}); only the
   * forum's secretariat proposes a standing item.
   *
   * @throws NotAllowedException (Danish, 403 in our API) otherwise
   */
  void requireMayPropose(Forum forum, ItemProposal.Announced announced, String proposer) {
    if (forum != null && !forumAccess.mayPropose(proposer, forum.id())) {
      throw new NotAllowedException("Du kan ikke foreslå punkter til " + forum.name() + ". Punkter til "
          + forum.shortName() + " foreslås af " + String.join(" eller ",
              forumAccess.proposerGroups(forum.id()).stream().map(directory::groupName).toList()) + ".");
    }
    if (forum != null && announced.standing()
        && !forumAccess.reader(proposer).is(ForumRole.SECRETARIAT.groupId(forum.id()))) {
      throw new NotAllowedException("Kun " + directory.groupName(ForumRole.SECRETARIAT.groupId(forum.id()))
          + " kan foreslå et fast punkt til " + forum.shortName() + ". Foreslå punktet uden 'standing'.");
    }
  }

  /**
   * A past meeting registered for the archive takes items from the forum's secretariat (and process owners) until
   * its record is made, or any time when it is only registered (no cycle): they are the meeting's history. Others:
   * 403.
   */
  boolean archivedMeetingTakes(Meeting meeting, Forum forum, String userId, boolean byPerson,
      Problems problems) {
    ForumAccess.Reader reader = forumAccess.reader(userId);
    if (!byPerson || !(reader.readsAll() || reader.is(ForumRole.SECRETARIAT.groupId(forum.id())))) {
      throw new NotAllowedException("Punkter til et tidligere møde registreres af "
          + directory.groupName(ForumRole.SECRETARIAT.groupId(forum.id())) + ".");
    }
    boolean open = meeting.status() == MeetingStatus.AGENDA_PUBLISHED
        || meeting.status() == MeetingStatus.COMPLETED && meeting.processInstanceId() == null;
    problems.require(open, "Mødet " + texts.title(meeting) + " er registreret med beslutninger; der kan ikke"
        + " tilføjes flere punkter.");
    return open;
  }
}
