package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * A forum's pre-meeting (SSF's kommunalt formøde) as a meeting of its own (ADR 0046): its main meeting's cycle plans
 * it ({@link #start}), it runs its own meeting cycle (the same model, the pre-meeting forum's settings and groups),
 * and the main cycle waits at "Afvent formødet" until the pre-meeting is recorded ({@link #MESSAGE}) or its wait ends.
 * The BPMN model reads {@code ${preMeetings.pending(meetingId)}} and {@code ${preMeetings.waitEnds(meetingId)}}.
 */
@Component("preMeetings")
public class PreMeetings {

  /** Correlated to the main meeting's cycle (business key: its meeting id) when its pre-meeting is recorded. */
  public static final String MESSAGE = "meeting.preMeetingHeld";
  private static final Set<MeetingStatus> NOT_HELD =
      Set.of(MeetingStatus.PLANNED, MeetingStatus.CALL_FOR_ITEMS, MeetingStatus.AGENDA_PUBLISHED);

  private final Meetings meetings;
  private final MasterData masterData;
  private final MeetingSchedule schedule;
  private final WorkingDays workingDays;
  private final MeetingCycleStarter starter;
  private final RuntimeService runtimeService;

  PreMeetings(Meetings meetings, MasterData masterData, MeetingSchedule schedule, WorkingDays workingDays,
      MeetingCycleStarter starter, RuntimeService runtimeService) {
    this.meetings = meetings;
    this.masterData = masterData;
    this.schedule = schedule;
    this.workingDays = workingDays;
    this.starter = starter;
    this.runtimeService = runtimeService;
  }

  /** The forum whose meetings prepare the given forum's meetings (SSF: its kommunalt formøde), if any. */
  public Optional<Forum> preMeetingForum(String forumId) {
    return masterData.forums().stream().filter(f -> forumId.equals(f.preMeetingOf())).findFirst();
  }

  /**
   * Whether the main meeting's cycle must still see its pre-meeting held: its forum has a pre-meeting forum and the
   * pre-meeting is not recorded yet (after a send-back of the agenda it is not held a second time).
   */
  public boolean pending(String mainMeetingId) {
    Meeting main = meetings.get(mainMeetingId);
    if (preMeetingForum(main.forumId()).isEmpty()) {
      return false;
    }
    return meetings.preMeetingOf(mainMeetingId).map(pre -> NOT_HELD.contains(pre.status())).orElse(true);
  }

  /**
   * The main meeting's pre-meeting, planned now if it is not yet: the forum's {@code pre-meeting-working-days-before}
   * working days before the main meeting, at its time of day and for as long, at the pre-meeting forum's place. Its id
   * is {@code <pre-meeting forum>-<main meeting's planned date>}, e.g. {@code ssf-formoede-2026-11-24}.
   */
  public Meeting plan(String mainMeetingId) {
    Meeting main = meetings.get(mainMeetingId);
    Optional<Meeting> planned = meetings.preMeetingOf(mainMeetingId);
    if (planned.isPresent()) {
      return planned.get();
    }
    Forum forum = preMeetingForum(main.forumId()).orElseThrow(() -> new IllegalStateException(
        "Forum " + main.forumId() + " has no pre-meeting forum"));
    LocalDateTime startsAt = workingDays.minusWorkingDays(main.startsAt().toLocalDate(),
        schedule.settings(main.forumId()).preMeetingWorkingDaysBefore()).atTime(main.startsAt().toLocalTime());
    Duration length = main.endsAt() == null ? Duration.ofHours(1) : Duration.between(main.startsAt(), main.endsAt());
    String id = forum.id() + "-" + main.plannedDate();
    meetings.insertPreMeeting(id, forum.id(), main, startsAt, startsAt.plus(length),
        forum.defaultPlace() != null ? forum.defaultPlace() : main.place());
    return meetings.get(id);
  }

  /**
   * "Indkald formøde": plans the pre-meeting and starts its cycle (call for items from its own pipeline, the items
   * forwarded to it, its standing items). Returns the pre-meeting.
   */
  public Meeting start(String mainMeetingId) {
    Meeting pre = plan(mainMeetingId);
    // Once (not again after a send-back of the main agenda). Its cycle is read by its own forum's groups (the
    // municipalities' pre-meeting); the main forum sees its conclusions on its own agenda.
    starter.start(pre.id());
    return meetings.get(pre.id());
  }

  /** How long the main cycle waits for the pre-meeting's record: one working day after the pre-meeting's day. */
  public Date waitEnds(String mainMeetingId) {
    Meeting pre = plan(mainMeetingId);
    return workingDays.after(pre.startsAt().toLocalDate(), 1);
  }

  /** The pre-meeting was recorded: its main meeting's cycle (if it waits) goes on to the agenda approval. */
  public void held(String preMeetingId) {
    meetings.mainMeetingOf(preMeetingId).ifPresent(main -> runtimeService.createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(main.id())
        .correlateAllWithResult());
  }
}
