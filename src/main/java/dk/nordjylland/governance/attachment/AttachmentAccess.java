package dk.nordjylland.governance.attachment;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.identity.GroupIds;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemAccess;
import dk.nordjylland.governance.item.ItemStatus;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import org.springframework.stereotype.Component;

/** Who may read an item's attachments and who may add to them (ADR 0035). */
@Component
class AttachmentAccess {

  private final ItemAccess itemAccess;
  private final ForumAccess forumAccess;
  private final MasterData masterData;
  private final ClosedItems closedItems;

  AttachmentAccess(ItemAccess itemAccess, ForumAccess forumAccess, MasterData masterData, ClosedItems closedItems) {
    this.closedItems = closedItems;
    this.itemAccess = itemAccess;
    this.forumAccess = forumAccess;
    this.masterData = masterData;
  }

  /**
   * The item, if the user may read it and its bilag: 404 for an item the user may not read; 403 for a closed item
   * whose confidential content the user may not read (a member disqualified for it, ADR 0055): its bilag are part of
   * that content, wherever the link was found (a task screen, the API).
   */
  Item readable(long itemId, String user) {
    ForumAccess.Reader reader = forumAccess.reader(user);
    Item item = itemAccess.require(itemId, reader);
    if (!closedItems.seesConfidential(reader, itemId)) {
      throw new NotAllowedException("Bilagene til punktet er fortrolige: du deltog ikke i behandlingen af det"
          + " lukkede punkt (inhabil) og har ikke adgang til dem.");
    }
    return item;
  }

  /** The item, if the user may add files to it now. */
  Item writable(long itemId, String user) {
    ForumAccess.Reader reader = forumAccess.reader(user);
    Item item = itemAccess.require(itemId, reader);
    boolean allowed = reader.is(item.proposedBy()) || reader.is(ForumRole.SECRETARIAT.groupId(item.forumId()))
        || reader.is(ForumRole.CHAIR.groupId(item.forumId())) || reader.is(GroupIds.CAMUNDA_ADMIN);
    if (!allowed) {
      String forum = masterData.forum(item.forumId()).map(Forum::name).orElse(item.forumId());
      throw new NotAllowedException("Bilag til punktet '" + item.title() + "' tilføjes af forslagsstilleren eller af "
          + forum + "s sekretariat eller formand.");
    }
    if (item.status() == ItemStatus.DECIDED || item.status() == ItemStatus.REJECTED) {
      throw new ConflictException("Punktet '" + item.title() + "' er " + (item.status() == ItemStatus.DECIDED
          ? "behandlet og afgjort" : "afvist") + "; der kan ikke længere tilføjes bilag til det.");
    }
    return item;
  }
}
