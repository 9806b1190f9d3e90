package dk.nordjylland.governance.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_OPENED_AT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.FORUM_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumKind;
import dk.nordjylland.governance.masterdata.MasterData;
import io.holunda.camunda.bpm.data.CamundaBpmData;
import io.holunda.camunda.bpm.data.builder.VariableMapBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the cycle of every planned meeting whose start day (its forum's offset in working days
 * before the meeting) has come. Safe on several nodes: a meeting is claimed by a conditional update,
 * and the claim and the process start commit together.
 */
@Service
public class MeetingCycleStarter {

  private static final Logger LOG = LoggerFactory.getLogger(MeetingCycleStarter.class);
  /** No cycle is started for meetings further ahead than this, whatever a forum's offset. */
  private static final int MAX_LOOK_AHEAD_DAYS = 120;

  private final Meetings meetings;
  private final MasterData masterData;
  private final MeetingSchedule schedule;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transactions;
  private final ForumAccess forumAccess;

  MeetingCycleStarter(Meetings meetings, MasterData masterData, MeetingSchedule schedule,
      RuntimeService runtimeService, TransactionTemplate transactions,
      ForumAccess forumAccess) {
    this.meetings = meetings;
    this.masterData = masterData;
    this.schedule = schedule;
    this.runtimeService = runtimeService;
    this.transactions = transactions;
    this.forumAccess = forumAccess;
  }

  /** Starts every cycle that is due now; returns the meeting ids started. */
  public List<String> startDueCycles() {
    LocalDateTime now = EngineClock.now();
    LocalDate today = now.toLocalDate();
    List<String> started = new ArrayList<>();
    for (Meeting meeting : meetings.plannedBefore(now.plusDays(MAX_LOOK_AHEAD_DAYS), now)) {
      if (isPreMeeting(meeting.forumId())) {
        continue; // held as a step of the main forum's cycle, from the same pipeline
      }
      if (!schedule.cycleStart(meeting.forumId(), meeting.startsAt().toLocalDate()).isAfter(today)) {
        transactions.executeWithoutResult(tx -> start(meeting.id()).ifPresent(started::add));
      }
    }
    if (!started.isEmpty()) {
      LOG.info("Started meeting cycles for {}", started);
    }
    return started;
  }

  private boolean isPreMeeting(String forumId) {
    return masterData.forum(forumId).map(f -> f.kind() == ForumKind.PRE_MEETING).orElse(false);
  }

  /** Starts the cycle of one meeting now (e.g. an extra meeting); empty if it already runs. */
  @Transactional
  public Optional<String> start(String meetingId) {
    Meeting meeting = meetings.get(meetingId);
    if (!meetings.claimForCycle(meeting.id())) {
      return Optional.empty();
    }
    attach(meeting, runtimeService.startProcessInstanceByKey(MeetingCycleProcess.KEY, meeting.id(),
        variables(meeting).build()));
    return Optional.of(meeting.id());
  }

  /**
   * Starts the cycle of a past meeting registered for the archive before the given step (issue 15), with the
   * variables the skipped steps would have set: the agenda was approved, and the call "opened" now, so a reminder or
   * escalation whose moment had passed is not sent (MeetingCycle).
   */
  @Transactional
  public void startAt(String meetingId, String activityId) {
    Meeting meeting = meetings.get(meetingId);
    attach(meeting, runtimeService.createProcessInstanceByKey(MeetingCycleProcess.KEY).businessKey(meeting.id())
        .setVariables(variables(meeting)
            .set(AGENDA_APPROVED, true)
            .set(CALL_OPENED_AT, EngineClock.currentTime())
            .build())
        .startBeforeActivity(activityId)
        .execute());
  }

  /** Ids only (ADR 0046: whether a pre-meeting is pending is asked of PreMeetings, not read from a variable). */
  private VariableMapBuilder variables(Meeting meeting) {
    return CamundaBpmData.builder()
        .set(MEETING_ID, meeting.id())
        .set(FORUM_ID, meeting.forumId());
  }

  private Optional<Forum> preMeetingOf(Meeting meeting) {
    return masterData.forums().stream().filter(f -> meeting.forumId().equals(f.preMeetingOf())).findFirst();
  }

  private void attach(Meeting meeting, ProcessInstance instance) {
    meetings.attachCycle(meeting.id(), instance.getId());
    forumAccess.grantInstanceRead(instance.getId(), meeting.forumId());
    preMeetingOf(meeting).ifPresent(f -> forumAccess.grantInstanceRead(instance.getId(), f.id()));
  }
}
