package dk.nordjylland.governance.attachment;

import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Attachment;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemStatus;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.MeetingAttachments;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A file added to an item after its agenda went out is mailed to the forum's members as a link (ADR 0035), numbered as
 * the agenda prints it.
 */
@Component
class LateAttachmentNotice {

  private final Items items;
  private final Meetings meetings;
  private final MeetingTexts texts;
  private final MeetingAttachments meetingAttachments;
  private final Notifications notifications;

  LateAttachmentNotice(Items items, Meetings meetings, MeetingTexts texts, MeetingAttachments meetingAttachments,
      Notifications notifications) {
    this.items = items;
    this.meetings = meetings;
    this.texts = texts;
    this.meetingAttachments = meetingAttachments;
    this.notifications = notifications;
  }

  /**
   * The agenda went out without this file: the forum's members get a mail with a link to it (the link asks for their
   * login, so the file stays with the people who may read the item).
   */
  void tellMembersIfAgendaSent(Item item, int number, String title, String fileName, long size,
      boolean wasToFollow) {
    if (item.status() != ItemStatus.ON_AGENDA || item.meetingId() == null) {
      return;
    }
    Meeting meeting = meetings.find(item.meetingId()).orElse(null);
    if (meeting == null || meeting.status() != MeetingStatus.AGENDA_PUBLISHED) {
      return;
    }
    String position = items.agenda(meeting.id()).stream().filter(e -> e.itemId().equals(item.id())).findFirst()
        .map(AgendaEntry::position).map(p -> "punkt " + p).orElse("punktet");
    String what = (wasToFollow ? "Eftersendt bilag" : "Nyt bilag") + " til " + texts.title(meeting);
    // The number the agenda prints: across the meeting (issue 15); the link keeps the item's own number.
    int printed = meetingAttachments.byItem(meeting.id()).getOrDefault(item.id(), List.of()).stream()
        .filter(n -> n.attachment().number() == number).map(MeetingAttachments.Numbered::number).findFirst()
        .orElse(number);
    String body = "Bilag " + printed + " til " + position + " \"" + item.title() + "\" på dagsordenen til "
        + texts.title(meeting) + (wasToFollow ? " er eftersendt" : " er tilføjet efter udsendelsen") + ":\n\n"
        + title + " (" + fileName + ", " + FileSizes.danish(size) + ")";
    // About the item: a member disqualified for a closed item does not get its bilag's title (ADR 0060).
    notifications.toGroupAboutItemWithLink(item.id(), ForumRole.MEMBER.groupId(meeting.forumId()),
        NotificationKind.ATTACHMENT_SENT_LATER, meeting.id(), what, body, Attachment.portalPath(item.id(), number),
        "Hent bilag " + printed + ": " + title);
  }
}
