package dk.nordjylland.governance.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meetings table. */
@Repository
public class Meetings {

  private static final String COLUMNS =
      "id, forum_id, planned_date, starts_at, ends_at, place, status, process_instance_id";

  private final JdbcClient jdbc;

  Meetings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Meeting> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from gov_meeting where id = ?").param(id)
        .query(Meeting.class).optional();
  }

  public Meeting get(String id) {
    return find(id).orElseThrow(() -> new UnknownMeetingException(id));
  }

  public List<Meeting> ofForum(String forumId) {
    return jdbc.sql("select " + COLUMNS + " from gov_meeting where forum_id = ? order by starts_at")
        .param(forumId).query(Meeting.class).list();
  }

  /** Planned meetings whose cycle has not started, starting before the given time. */
  List<Meeting> plannedBefore(LocalDateTime until, LocalDateTime notBefore) {
    return jdbc.sql("select " + COLUMNS + " from gov_meeting where status = 'PLANNED'"
            + " and process_instance_id is null and starts_at <= ? and starts_at > ? order by starts_at")
        .params(until, notBefore).query(Meeting.class).list();
  }

  /** The next meeting of the forum after the given one, if the calendar has one. */
  public Optional<Meeting> nextAfter(Meeting meeting) {
    return jdbc.sql("select " + COLUMNS + " from gov_meeting where forum_id = ? and starts_at > ?"
            + " and status <> 'CANCELLED' order by starts_at fetch first 1 rows only")
        .params(meeting.forumId(), meeting.startsAt()).query(Meeting.class).optional();
  }

  /** The forum's first meeting after the given time that still takes items (planned or calling for items). */
  public Optional<Meeting> nextOpen(String forumId, LocalDateTime after) {
    return jdbc.sql("select " + COLUMNS + " from gov_meeting where forum_id = ? and starts_at > ?"
            + " and status in ('PLANNED', 'CALL_FOR_ITEMS') order by starts_at fetch first 1 rows only")
        .params(forumId, after).query(Meeting.class).optional();
  }

  /**
   * Adds the pre-meeting of a main meeting (ADR 0046): a meeting of the pre-meeting forum linked to it, planned for the
   * main meeting's planned date (the pair is unique), held at {@code startsAt}.
   */
  void insertPreMeeting(String id, String forumId, Meeting main, LocalDateTime startsAt, LocalDateTime endsAt,
      String place) {
    jdbc.sql("insert into gov_meeting (id, forum_id, planned_date, starts_at, ends_at, place, status, main_meeting_id)"
            + " values (?, ?, ?, ?, ?, ?, 'PLANNED', ?)")
        .params(id, forumId, main.plannedDate(), startsAt, endsAt, place, main.id()).update();
  }

  /** The pre-meeting planned for a main meeting, if its cycle has planned one. */
  public Optional<Meeting> preMeetingOf(String mainMeetingId) {
    return jdbc.sql("select " + COLUMNS + " from gov_meeting where main_meeting_id = ?").param(mainMeetingId)
        .query(Meeting.class).optional();
  }

  /** The main meeting a pre-meeting prepares, if the meeting is a pre-meeting. */
  public Optional<Meeting> mainMeetingOf(String preMeetingId) {
    return jdbc.sql("select " + COLUMNS + " from gov_meeting where id = (select main_meeting_id from gov_meeting"
            + " where id = ?)").param(preMeetingId).query(Meeting.class).optional();
  }

  /**
   * Claims a planned meeting for its cycle. Only one caller (one node of a cluster) gets true.
   */
  boolean claimForCycle(String meetingId) {
    return jdbc.sql("update gov_meeting set status = 'CALL_FOR_ITEMS', version = version + 1"
            + " where id = ? and status = 'PLANNED' and process_instance_id is null")
        .param(meetingId).update() == 1;
  }

  void attachCycle(String meetingId, String processInstanceId) {
    jdbc.sql("update gov_meeting set process_instance_id = ? where id = ?")
        .params(processInstanceId, meetingId).update();
  }

  /** Another meeting of the forum (not cancelled) whose time overlaps the given one, if any. */
  Optional<Meeting> overlapping(String forumId, LocalDateTime startsAt, LocalDateTime endsAt, String exceptId) {
    return jdbc.sql("select " + COLUMNS + " from gov_meeting where forum_id = ? and id <> ? and status <> 'CANCELLED'"
            + " and starts_at < ? and ends_at > ? order by starts_at fetch first 1 rows only")
        .params(forumId, exceptId, endsAt, startsAt).query(Meeting.class).optional();
  }

  void reschedule(String meetingId, LocalDateTime startsAt, LocalDateTime endsAt) {
    jdbc.sql("update gov_meeting set starts_at = ?, ends_at = ?, version = version + 1 where id = ?")
        .params(startsAt, endsAt, meetingId).update();
  }

  void relocate(String meetingId, String place) {
    jdbc.sql("update gov_meeting set place = ?, version = version + 1 where id = ?").params(place, meetingId).update();
  }

  /** The meeting was held and its record taken (the meeting record's step). */
  public void markHeld(String meetingId) {
    setStatus(meetingId, MeetingStatus.HELD);
  }

  /** The meeting will not be held; whoever cancels it publishes {@link MeetingCancelled} when its items are moved. */
  public void markCancelled(String meetingId) {
    setStatus(meetingId, MeetingStatus.CANCELLED);
  }

  /** The other steps of the cycle are {@link MeetingCycle}'s. */
  void setStatus(String meetingId, MeetingStatus status) {
    jdbc.sql("update gov_meeting set status = ?, version = version + 1 where id = ?")
        .params(status.name(), meetingId).update();
  }

  /**
   * The guests of the meeting as the meeting record wrote them, in free text (gov_meeting.guests), before attendance
   * was recorded by name.
   */
  public void recordGuests(String meetingId, String guests) {
    jdbc.sql("update gov_meeting set guests = ? where id = ?").params(guests, meetingId).update();
  }

  /** The free-text guests of {@link #recordGuests}, if any. */
  public Optional<String> recordedGuests(String meetingId) {
    return jdbc.sql("select guests from gov_meeting where id = ?").param(meetingId).query(String.class).optional()
        .filter(g -> !g.isBlank());
  }

  /**
   * When the meeting was registered afterwards for the archive (issue 15, {@link ArchiveMeetings}); empty for a
   * meeting planned ahead. Moments of its cycle that had passed then are neither due dates nor reminders.
   */
  public Optional<LocalDateTime> archivedAt(String meetingId) {
    return jdbc.sql("select archived_at from gov_meeting where id = ?").param(meetingId).query(LocalDateTime.class)
        .optional();
  }

  /** The introduction the secretariat wrote for the minutes (issue 14: it was a process variable only). */
  public Optional<String> minutesIntroduction(String meetingId) {
    return jdbc.sql("select minutes_introduction from gov_meeting where id = ?").param(meetingId).query(String.class)
        .optional().filter(text -> !text.isBlank());
  }

  public void setMinutesIntroduction(String meetingId, String introduction) {
    jdbc.sql("update gov_meeting set minutes_introduction = ?, version = version + 1 where id = ?")
        .params(introduction, meetingId).update();
  }

  /**
   * Locks the meeting's row while its recorded decisions are changed, if its status is the given one: false when it
   * is not (any more). The approval of the minutes changes the status, so it waits for a correction or makes it fail.
   */
  public boolean lockInStatus(String meetingId, MeetingStatus status) {
    return jdbc.sql("update gov_meeting set version = version + 1 where id = ? and status = ?")
        .params(meetingId, status.name()).update() == 1;
  }
}
