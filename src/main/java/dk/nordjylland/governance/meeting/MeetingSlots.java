package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.validation.Problems;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a time is a plausible slot for a meeting of a forum, for a meeting moved (MeetingMover) or created
 * (ExtraMeetings): within the horizon (year 9999 is a typo, and the cycle's timers would follow it), on a Danish
 * working day, and not on top of another meeting of the forum. Owns the horizon setting.
 */
@Component
class MeetingSlots {

  private final Meetings meetings;
  private final MeetingTexts texts;
  private final WorkingDays workingDays;
  private final int horizonYears;

  MeetingSlots(Meetings meetings, MeetingTexts texts, WorkingDays workingDays,
      @Value("${governance.meetings.move-horizon-years:3}") int horizonYears) {
    this.meetings = meetings;
    this.texts = texts;
    this.workingDays = workingDays;
    this.horizonYears = horizonYears;
  }

  int horizonYears() {
    return horizonYears;
  }

  /** The last moment a meeting may end, seen from {@code now}. */
  LocalDateTime horizon(LocalDateTime now) {
    return now.plusYears(horizonYears);
  }

  /** Why the day is not a working day ("en helligdag"), if it is not. */
  Optional<String> closedReason(LocalDate day) {
    return workingDays.closedReason(day);
  }

  /** Another meeting of the forum at that time (other than {@code exceptId}) is a problem. */
  void checkNoOverlap(String forumId, LocalDateTime startsAt, LocalDateTime endsAt, String exceptId,
      Problems problems) {
    meetings.overlapping(forumId, startsAt, endsAt, exceptId).ifPresent(other -> problems.add(
        "Forummet har allerede et møde på det tidspunkt: " + texts.title(other) + "."));
  }

  /** Another meeting of the forum that day, or one with the id {@code id}, is a problem. */
  void checkNoneThatDay(String forumId, LocalDate day, String id, Problems problems) {
    meetings.ofForum(forumId).stream()
        .filter(m -> m.plannedDate().equals(day) || m.id().equals(id))
        .findFirst().ifPresent(other -> problems.add("Forummet har allerede et møde den dag: "
            + texts.title(other) + ". Flyt det i stedet, eller vælg en anden dag."));
  }
}
