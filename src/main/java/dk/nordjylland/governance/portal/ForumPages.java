package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.document.MeetingRecords;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Membership;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import java.text.Collator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The front page's list of forums and a forum's page: its people by role and its årshjul. */
@Component
class ForumPages {

  private final PortalAccess access;
  private final MasterData masterData;
  private final Meetings meetings;
  private final MeetingRecords records;

  ForumPages(PortalAccess access, MasterData masterData, Meetings meetings, MeetingRecords records) {
    this.access = access;
    this.masterData = masterData;
    this.meetings = meetings;
    this.records = records;
  }

  public record ForumLink(String id, String name, String shortName, boolean isPublic) {}

  public record RoleGroup(String role, List<String> people) {}

  /** One meeting in the årshjul. {@code moved}: "Flyttet fra ..." or null. */
  public record MeetingRow(String id, String date, String time, String place, String state, String moved,
      boolean cancelled) {}

  public record ForumPage(Forum forum, boolean isPublic, List<RoleGroup> roles, List<MeetingRow> coming,
      List<MeetingRow> past) {}

  List<ForumLink> forums(Viewer viewer) {
    return masterData.forums().stream().filter(f -> access.seesForum(viewer, f.id()))
        .sorted(Comparator.comparing(Forum::name, Collator.getInstance(DanishDates.DANISH)))
        .map(f -> new ForumLink(f.id(), f.name(), f.shortName(), access.isPublic(f.id()))).toList();
  }

  ForumPage page(Viewer viewer, String forumId) {
    Forum forum = access.forum(viewer, forumId);
    List<Membership> memberships = masterData.memberships(forum.id());
    List<RoleGroup> roles = new ArrayList<>();
    for (ForumRole role : ForumRole.values()) {
      List<String> people = memberships.stream().filter(m -> m.role() == role)
          .map(m -> records.describe(m.personId())).toList();
      if (!people.isEmpty()) {
        roles.add(new RoleGroup(PortalTexts.role(forum, role), people));
      }
    }
    LocalDateTime now = EngineClock.now();
    List<MeetingRow> coming = new ArrayList<>();
    List<MeetingRow> past = new ArrayList<>();
    for (Meeting m : meetings.ofForum(forum.id())) {
      boolean over = m.startsAt().isBefore(now);
      MeetingRow row = row(m, over);
      if (over) {
        past.add(0, row);
      } else {
        coming.add(row);
      }
    }
    return new ForumPage(forum, access.isPublic(forum.id()), roles, coming, past);
  }

  List<Meeting> meetingsOf(Viewer viewer, String forumId) {
    return meetings.ofForum(access.forum(viewer, forumId).id());
  }

  /** A past meeting that never got an agenda in the system (e.g. before it was taken into use) is not "planned". */
  private static MeetingRow row(Meeting m, boolean past) {
    boolean neverSent = past && (m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.CALL_FOR_ITEMS);
    return new MeetingRow(m.id(), PortalTexts.capitalize(DanishDates.longDate(m.startsAt())),
        DanishDates.time(m.startsAt()) + (m.endsAt() != null ? "-" + DanishDates.time(m.endsAt()) : ""),
        m.place(), neverSent ? "Ingen dagsorden i systemet" : PortalTexts.state(m.status()), PortalTexts.moved(m),
        m.status() == MeetingStatus.CANCELLED);
  }
}
