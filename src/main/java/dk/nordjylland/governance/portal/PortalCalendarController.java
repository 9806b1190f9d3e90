package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.meeting.Meeting;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The portal's calendar files: a forum's feed of meetings and one meeting's invitation (ADR 0049). */
@Controller
class PortalCalendarController {

  private final PortalVisitors visitors;
  private final PortalAccess access;
  private final ForumPages forums;
  private final ForumFeed feed;
  private final MeetingCalendar meetingCalendar;

  PortalCalendarController(PortalVisitors visitors, PortalAccess access, ForumPages forums, ForumFeed feed,
      MeetingCalendar meetingCalendar) {
    this.visitors = visitors;
    this.access = access;
    this.forums = forums;
    this.feed = feed;
    this.meetingCalendar = meetingCalendar;
  }

  @GetMapping("/fora/{forumId}/kalender.ics")
  ResponseEntity<byte[]> calendar(@PathVariable String forumId) {
    Viewer viewer = visitors.viewer();
    Forum forum = access.forum(viewer, forumId);
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("moeder-" + forum.id() + ".ics").build().toString())
        .body(feed.ics(forum, forums.meetingsOf(viewer, forumId), base).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/moeder/{meetingId}/" + PortalController.CALENDAR)
  ResponseEntity<byte[]> meetingCalendar(@PathVariable String meetingId) {
    Viewer viewer = visitors.viewer();
    Meeting meeting = access.meeting(viewer, meetingId);
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    MeetingCalendar.CalendarFile file = meetingCalendar.of(viewer, meeting, base);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build()
            .toString())
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(file.content());
  }
}
