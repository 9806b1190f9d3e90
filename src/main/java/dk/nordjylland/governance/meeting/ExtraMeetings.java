package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumKind;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An extra meeting (ekstraordinært møde) outside the master data's calendar, created by the forum's secretariat
 * (issue 15): its cycle starts at once, as a calendar meeting's does on its start day. Its id is
 * {@code <forum>-<date>-extra} (docs/adr/0040-meetings-through-the-api.md); the date is the one it was created for and
 * stays when it is moved, like a calendar meeting's.
 */
@Service
public class ExtraMeetings {

  private final JdbcClient jdbc;
  private final Meetings meetings;
  private final MasterData masterData;
  private final MeetingSlots slots;
  private final MeetingCycleStarter starter;
  private final AsSystem asSystem;

  ExtraMeetings(JdbcClient jdbc, Meetings meetings, MasterData masterData, MeetingSlots slots,
      MeetingCycleStarter starter, AsSystem asSystem) {
    this.jdbc = jdbc;
    this.meetings = meetings;
    this.masterData = masterData;
    this.slots = slots;
    this.starter = starter;
    this.asSystem = asSystem;
  }

  /** Checked first, then saved and started in one transaction: nothing half-made. */
  @Transactional
  public Meeting create(Forum forum, LocalDateTime startsAt, LocalDateTime endsAt, String place) {
    LocalDateTime now = EngineClock.now();
    LocalDateTime ends = endsAt == null && startsAt != null ? startsAt.plusHours(2) : endsAt;
    String where = place == null || place.isBlank() ? forum.defaultPlace() : place.strip();
    Problems problems = new Problems();
    // ADR 0046: each main meeting's cycle plans its own pre-meeting; a pre-meeting without a main meeting has none.
    String main = masterData.forum(forum.preMeetingOf()).map(Forum::shortName).orElse("hovedforummet");
    problems.require(forum.kind() != ForumKind.PRE_MEETING, forum.name() + " planlægges af møderne i " + main
        + ": hvert møde i " + main + " indkalder sit eget formøde. Opret mødet i " + main + ".");
    problems.require(startsAt != null, "Angiv mødets starttidspunkt ('startsAt').");
    problems.require(startsAt == null || ends.isAfter(startsAt), "Mødet skal slutte efter det begynder.");
    problems.require(startsAt == null || startsAt.isAfter(now),
        "Et møde kan ikke oprettes på et tidspunkt, der er gået. Er mødet holdt, så registrér det som et tidligere"
            + " møde.");
    problems.maxLength(where, TextLimits.TITLE, "Sted");
    if (startsAt != null && startsAt.isAfter(now) && ends.isAfter(startsAt)) {
      LocalDateTime horizon = slots.horizon(now);
      problems.require(!ends.isAfter(horizon), "Et møde kan højst oprettes " + slots.horizonYears() + " år frem (til "
          + horizon.format(DanishDates.LONG_DATE) + ").");
      slots.closedReason(startsAt.toLocalDate()).ifPresent(reason -> problems.add(
          "Mødet kan ikke holdes " + startsAt.format(DanishDates.LONG_DATE) + ": dagen er " + reason
              + " og ikke en arbejdsdag."));
      slots.checkNoOverlap(forum.id(), startsAt, ends, "", problems);
      slots.checkNoneThatDay(forum.id(), startsAt.toLocalDate(), id(forum, startsAt), problems);
    }
    problems.throwIfAny("Mødet kan ikke oprettes");
    String id = id(forum, startsAt);
    jdbc.sql("insert into gov_meeting (id, forum_id, planned_date, starts_at, ends_at, place, status)"
            + " values (?, ?, ?, ?, ?, ?, 'PLANNED')")
        .params(id, forum.id(), startsAt.toLocalDate(), startsAt, ends, where).update();
    // The caller's right was checked (SecretariatOnly); starting a cycle is the engine's system work, as on any
    // meeting's start day.
    asSystem.run(() -> starter.start(id));
    return meetings.get(id);
  }

  private static String id(Forum forum, LocalDateTime startsAt) {
    return forum.id() + "-" + startsAt.toLocalDate() + "-extra";
  }
}
