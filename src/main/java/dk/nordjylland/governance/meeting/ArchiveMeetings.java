package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumKind;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.validation.Problems;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A past meeting registered for the archive (issue 15), so that cases keep their history: the secretariat registers
 * a meeting that was held, and its cycle starts at the step it chooses ({@link ArchiveStep}). Its id is
 * {@code <forum>-<date>-archive}, or the calendar meeting's own id when one of that day passed without its cycle. Due
 * dates and reminders of moments that had passed are dropped where they arise
 * ({@code MeetingTaskView}, {@code MeetingFollowUp.followUp}); the meeting carries {@code archived_at} for that.
 */
@Service
public class ArchiveMeetings {

  private final JdbcClient jdbc;
  private final Meetings meetings;
  private final MasterData masterData;
  private final MeetingTexts texts;
  private final MeetingCycleStarter starter;
  private final AsSystem asSystem;

  ArchiveMeetings(JdbcClient jdbc, Meetings meetings, MasterData masterData, MeetingTexts texts,
      MeetingCycleStarter starter, AsSystem asSystem) {
    this.jdbc = jdbc;
    this.meetings = meetings;
    this.masterData = masterData;
    this.texts = texts;
    this.starter = starter;
    this.asSystem = asSystem;
  }

  /** Checked first, then saved and started in one transaction: nothing half-made. The caller checked who may. */
  @Transactional
  public Meeting register(Forum forum, LocalDateTime startsAt, LocalDateTime endsAt, String place, ArchiveStep step) {
    LocalDateTime now = EngineClock.now();
    LocalDateTime ends = endsAt == null && startsAt != null ? startsAt.plusHours(2) : endsAt;
    String where = place == null || place.isBlank() ? forum.defaultPlace() : place.strip();
    Problems problems = new Problems();
    problems.require(forum.kind() != ForumKind.PRE_MEETING, forum.name() + " holdes som et trin i "
        + masterData.forum(forum.preMeetingOf()).map(Forum::shortName).orElse("hovedforummets")
        + "s mødeforløb og får ikke sine egne møder.");
    problems.require(startsAt != null, "Angiv mødets starttidspunkt ('startsAt').");
    problems.require(startsAt == null || ends.isAfter(startsAt), "Mødet skal slutte efter det begynder.");
    problems.require(startsAt == null || !ends.isAfter(now), "Et tidligere møde skal være slut nu; et kommende møde"
        + " oprettes som et ekstraordinært møde.");
    problems.maxLength(where, 300, "Sted");
    // A calendar meeting of that day whose time passed without its cycle (the master data's, never started) is the
    // meeting being registered: it keeps its id, and gets the time and place as held.
    Optional<Meeting> calendar = startsAt == null ? Optional.empty() : meetings.ofForum(forum.id()).stream()
        .filter(m -> m.plannedDate().equals(startsAt.toLocalDate()) && m.status() == MeetingStatus.PLANNED
            && m.processInstanceId() == null && !m.startsAt().isAfter(now))
        .findFirst();
    String except = calendar.map(Meeting::id).orElse("");
    if (startsAt != null && ends.isAfter(startsAt)) {
      meetings.overlapping(forum.id(), startsAt, ends, except).ifPresent(other -> problems.add(
          "Forummet har allerede et møde på det tidspunkt: " + texts.title(other) + "."));
      meetings.ofForum(forum.id()).stream().filter(m -> !m.id().equals(except))
          .filter(m -> m.plannedDate().equals(startsAt.toLocalDate()) || m.id().equals(id(forum, startsAt)))
          .findFirst().ifPresent(other -> problems.add("Forummet har allerede et møde den dag: "
              + texts.title(other) + "."));
    }
    problems.throwIfAny("Mødet kan ikke registreres");
    String id = calendar.map(Meeting::id).orElse(id(forum, startsAt));
    if (calendar.isPresent()) {
      jdbc.sql("update gov_meeting set starts_at = ?, ends_at = ?, place = ?, status = ?, archived_at = ?,"
              + " version = version + 1 where id = ? and status = 'PLANNED' and process_instance_id is null")
          .params(startsAt, ends, where, step.status().name(), now, id).update();
    } else {
      jdbc.sql("insert into gov_meeting (id, forum_id, planned_date, starts_at, ends_at, place, status, archived_at)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(id, forum.id(), startsAt.toLocalDate(), startsAt, ends, where, step.status().name(), now).update();
    }
    if (step.activityId() != null) {
      // Starting a cycle is the engine's system work, as on any meeting's start day.
      asSystem.run(() -> starter.startAt(id, step.activityId()));
    }
    return meetings.get(id);
  }

  private static String id(Forum forum, LocalDateTime startsAt) {
    return forum.id() + "-" + startsAt.toLocalDate() + "-archive";
  }
}
