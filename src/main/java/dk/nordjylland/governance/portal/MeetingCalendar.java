package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.StoredDocument;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * "Føj mødet til din kalender" on a meeting's page (ADR 0057). A member of the forum gets the invitation the members
 * got by mail (its UID and SEQUENCE, so the calendar updates the entry it has; the cancellation once the meeting is
 * cancelled); everyone else who may read the meeting gets a plain event without attendees, the same event as the
 * forum's calendar feed (its UID), so names and addresses stay with the forum's own people.
 */
@Component
class MeetingCalendar {

  /** An .ics to hand out: its bytes, content type and file name. */
  record CalendarFile(byte[] content, String contentType, String fileName) {}

  private final Documents documents;
  private final MasterData masterData;
  private final ForumFeed feed;

  MeetingCalendar(Documents documents, MasterData masterData, ForumFeed feed) {
    this.documents = documents;
    this.masterData = masterData;
    this.feed = feed;
  }

  CalendarFile of(Viewer viewer, Meeting meeting, String baseUrl) {
    if (!viewer.anonymous() && viewer.reader().belongsTo(meeting.forumId())) {
      Optional<StoredDocument> sent = meeting.status() == MeetingStatus.CANCELLED
          ? documents.latest(meeting.id(), DocumentKind.CANCELLATION)
          : documents.latest(meeting.id(), DocumentKind.INVITATION);
      if (sent.isPresent()) {
        return new CalendarFile(sent.get().content(), sent.get().contentType(), sent.get().fileName());
      }
    }
    Forum forum = masterData.forum(meeting.forumId()).orElseThrow();
    return new CalendarFile(feed.ics(forum, List.of(meeting), baseUrl).getBytes(StandardCharsets.UTF_8),
        "text/calendar; charset=UTF-8", "moede-" + meeting.id() + ".ics");
  }
}
