package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingCycle;
import dk.nordjylland.governance.meeting.Meetings;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model's last step, "follow-up" (Opfølgning), after the minutes are approved: every item goes where its outcome
 * sends it (OutcomeRouting), the external bodies get their letters, the actions become follow-up processes and the
 * meeting's follow-up starts.
 */
@Service
public class MeetingFollowUp {

  private final Items items;
  private final Meetings meetings;
  private final OutcomeRouting routing;
  private final ExternalForwarding externalForwarding;
  private final FollowUps followUps;
  private final MeetingCycle meetingCycle;

  MeetingFollowUp(Items items, Meetings meetings, OutcomeRouting routing, ExternalForwarding externalForwarding,
      FollowUps followUps, MeetingCycle meetingCycle) {
    this.items = items;
    this.meetings = meetings;
    this.routing = routing;
    this.externalForwarding = externalForwarding;
    this.followUps = followUps;
    this.meetingCycle = meetingCycle;
  }

  /**
   * After the minutes are approved: items go where the decisions sent them, processes waiting for a
   * decision (forumDecision) receive it, reservations and actions become follow-up processes, and the
   * meeting is completed.
   */
  @Transactional
  public void followUp(String meetingId) {
    Meeting meeting = meetings.get(meetingId);
    for (AgendaEntry e : items.agenda(meetingId)) {
      routing.route(e, meeting);
    }
    externalForwarding.send(meeting);
    LocalDate today = EngineClock.today();
    boolean archived = meetings.archivedAt(meetingId).isPresent();
    for (DecidedAction a : items.decidedActions(meetingId)) {
      if (archived && a.dueDate().isBefore(today)) {
        // A past meeting's action whose due date has passed: history in the minutes, no follow-up task, no reminder
        // or escalation for a moment that has passed (issue 15).
        continue;
      }
      // Due before the minutes were approved: overdue, not invalid. Its follow-up starts due today.
      LocalDate due = a.dueDate().isBefore(today) ? today : a.dueDate();
      followUps.startAction(a.itemId(), meetingId, a.description(), a.actionOwner(), due);
    }
    meetingCycle.startFollowUp(meetingId);
  }
}
