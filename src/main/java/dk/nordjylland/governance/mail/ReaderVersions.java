package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.mail.Recipients.Recipient;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notify.NotificationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Which version of a message each recipient may read (ADR 0060), asked when the message is sent, by the one rule of
 * who reads a closed item's confidential content (ClosedItems.seesConfidential): the agenda and minutes of a meeting
 * with closed items go in full to those who may read every one of them and in the public version to each of the
 * others; a message about one closed item (a bilag, a reservation's report) goes only to those who may read it.
 * Someone outside the collaboration (no login) never reads a closed item.
 */
@Component
class ReaderVersions {

  /** The recipients who get the message as written, and the others with the version they get instead. */
  record Split(List<Recipient> full, List<Recipient> others, MailVersion othersGet) {}

  private final ClosedItems closedItems;
  private final ForumAccess forumAccess;

  ReaderVersions(ClosedItems closedItems, ForumAccess forumAccess) {
    this.closedItems = closedItems;
    this.forumAccess = forumAccess;
  }

  /** Empty: the message carries nothing of a closed item, everyone gets it as written (in one mail, as before). */
  Optional<Split> of(Notification n, List<Recipient> to) {
    if (n.itemId() != null) {
      return closedItems.isClosed(n.itemId())
          ? Optional.of(split(to, reader -> closedItems.seesConfidential(reader, n.itemId()), MailVersion.WITHHELD))
          : Optional.empty();
    }
    if (n.meetingId() != null && (n.kind() == NotificationKind.AGENDA || n.kind() == NotificationKind.MINUTES)
        && closedItems.anyClosed(n.meetingId())) {
      return Optional.of(split(to, reader -> closedItems.seesEveryClosedItem(reader, n.meetingId()),
          MailVersion.PUBLIC));
    }
    return Optional.empty();
  }

  private Split split(List<Recipient> to, Predicate<ForumAccess.Reader> readsAll, MailVersion othersGet) {
    List<Recipient> full = new ArrayList<>();
    List<Recipient> others = new ArrayList<>();
    for (Recipient r : to) {
      (r.userId() != null && readsAll.test(forumAccess.reader(r.userId())) ? full : others).add(r);
    }
    return new Split(List.copyOf(full), List.copyOf(others), othersGet);
  }
}
