package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.DocumentLinks;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumKind;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What "Møder" (MeetingsPage, MeetingPlanPage) shows: the forums the user plans and their meetings as rows, each with
 * its Danish status and documents. Reads only.
 */
@Component
class PlannedMeetings {

  private final MasterData masterData;
  private final Meetings meetings;
  private final MeetingTexts texts;
  private final ForumAccess forumAccess;
  private final Documents documents;

  PlannedMeetings(MasterData masterData, Meetings meetings, MeetingTexts texts, ForumAccess forumAccess,
      Documents documents) {
    this.masterData = masterData;
    this.meetings = meetings;
    this.texts = texts;
    this.forumAccess = forumAccess;
    this.documents = documents;
  }

  /** The forums whose meetings the user plans: its secretariat's; every forum with meetings for process owners. */
  List<Forum> plannable() {
    ForumAccess.Reader reader = forumAccess.currentReader();
    return masterData.forums().stream().filter(f -> f.kind() != ForumKind.PRE_MEETING)
        .filter(f -> reader.readsAll() || reader.is(ForumRole.SECRETARIAT.groupId(f.id()))).toList();
  }

  /** The meeting, if it is one of a forum the user plans: the same answer for one that does not exist. */
  Optional<Meeting> planned(String meetingId) {
    return meetings.find(meetingId).filter(this::plans);
  }

  Forum forum(String forumId) {
    return masterData.forum(forumId).orElseThrow();
  }

  /** The notice above the list after a form was saved: the meeting created or changed. */
  String notice(String created, String changed) {
    return created != null ? meetings.find(created).map(m -> "Mødet er gemt: " + texts.title(m) + ".").orElse(null)
        : changed != null ? meetings.find(changed).map(m -> "Mødet er ændret: " + texts.title(m) + ", "
            + status(m) + ".").orElse(null) : null;
  }

  List<ForumMeetings> calendars(List<Forum> forums) {
    return forums.stream().map(f -> new ForumMeetings(f.name(), groups(f.id()))).toList();
  }

  private boolean plans(Meeting meeting) {
    return plannable().stream().anyMatch(f -> f.id().equals(meeting.forumId()));
  }

  MeetingRow row(Meeting m) {
    List<Link> links = new ArrayList<>();
    documents.latest(m.id(), DocumentKind.AGENDA).ifPresent(d -> links.add(new Link("Dagsorden (PDF)",
        DocumentLinks.path(m.id(), DocumentKind.AGENDA))));
    documents.latest(m.id(), DocumentKind.MINUTES).ifPresent(d -> links.add(new Link("Referat (PDF)",
        DocumentLinks.path(m.id(), DocumentKind.MINUTES))));
    boolean changeable = m.startsAt().isAfter(EngineClock.now()) && (m.status() == MeetingStatus.PLANNED
        || m.status() == MeetingStatus.CALL_FOR_ITEMS || m.status() == MeetingStatus.AGENDA_PUBLISHED);
    return new MeetingRow(m.id(), texts.title(m), DanishDates.LONG_DATE_TIME.format(m.startsAt()),
        m.place() == null ? "" : m.place(), status(m), links, changeable);
  }

  private String status(Meeting m) {
    String status = switch (m.status()) {
      case PLANNED -> "Planlagt";
      case CALL_FOR_ITEMS -> "Indkaldelse af punkter";
      case AGENDA_PUBLISHED -> "Dagsorden udsendt";
      case HELD -> "Afholdt";
      case MINUTES_PUBLISHED -> "Referat offentliggjort";
      case COMPLETED -> "Afsluttet";
      case CANCELLED -> "Aflyst";
    };
    if (meetings.archivedAt(m.id()).isEmpty()) {
      // A calendar meeting whose time passed without its cycle: the form below registers it as held.
      return m.status() == MeetingStatus.PLANNED && !m.startsAt().isAfter(EngineClock.now())
          ? "Tidspunktet er gået; ikke registreret" : status;
    }
    return m.status() == MeetingStatus.AGENDA_PUBLISHED
        ? "Tidligere møde: fremmøde og beslutninger registreres" : status + " (tidligere møde)";
  }

  /**
   * The forum's coming meetings first, soonest at the top, then the earlier ones, latest at the top: what the
   * secretariat plans is not below years of calendar.
   */
  private List<MeetingGroup> groups(String forumId) {
    LocalDateTime now = EngineClock.now();
    List<Meeting> all = meetings.ofForum(forumId);
    List<MeetingRow> coming = all.stream().filter(m -> !m.startsAt().isBefore(now))
        .sorted(Comparator.comparing(Meeting::startsAt)).map(this::row).toList();
    List<MeetingRow> earlier = all.stream().filter(m -> m.startsAt().isBefore(now))
        .sorted(Comparator.comparing(Meeting::startsAt).reversed()).map(this::row).toList();
    return List.of(new MeetingGroup("Kommende møder", coming), new MeetingGroup("Tidligere møder", earlier));
  }

  record ForumMeetings(String forum, List<MeetingGroup> groups) {
    public boolean isEmpty() {
      return groups.stream().allMatch(g -> g.meetings().isEmpty());
    }
  }

  record MeetingGroup(String heading, List<MeetingRow> meetings) {}

  record MeetingRow(String id, String title, String when, String place, String status, List<Link> links,
      boolean changeable) {}

  record Link(String label, String href) {}
}
