package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.validation.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Who plans a forum's meetings (create, cancel): the forum's secretariat, and the process owners and administrators
 * who look after every forum. Others get a Danish 403 naming who may.
 */
@Component
public class SecretariatOnly {

  private final ForumAccess forumAccess;
  private final Directory directory;

  SecretariatOnly(ForumAccess forumAccess, Directory directory) {
    this.forumAccess = forumAccess;
    this.directory = directory;
  }

  /** @throws NotAllowedException (403) unless the logged-in user plans the forum's meetings */
  public void require(Forum forum, String what) {
    ForumAccess.Reader reader = forumAccess.currentReader();
    if (!reader.readsAll() && !reader.is(ForumRole.SECRETARIAT.groupId(forum.id()))) {
      throw new NotAllowedException("Du kan ikke " + what + " i " + forum.shortName() + ". Det gør "
          + directory.groupName(ForumRole.SECRETARIAT.groupId(forum.id())) + ".");
    }
  }
}
