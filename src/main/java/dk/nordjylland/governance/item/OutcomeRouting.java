package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import org.springframework.stereotype.Component;

/**
 * Puts one decided item where its outcome sends it, after the minutes are approved (MeetingFollowUp): back into this
 * forum's pipeline, on to another forum, a reservation to clear, postponed parts and sub-topics as items of their own;
 * then tells a process waiting for the decision. What each outcome means is {@link Outcome}'s.
 */
@Component
class OutcomeRouting {

  /** A reservation is to be cleared within this many working days of the minutes' approval. */
  static final int RESERVATION_WORKING_DAYS = 10;

  private final Items items;
  private final Meetings meetings;
  private final Forwarding forwarding;
  private final FollowUps followUps;
  private final WorkingDays workingDays;
  private final ItemDecisions decisions;

  OutcomeRouting(Items items, Meetings meetings, Forwarding forwarding, FollowUps followUps, WorkingDays workingDays,
      ItemDecisions decisions) {
    this.items = items;
    this.meetings = meetings;
    this.forwarding = forwarding;
    this.followUps = followUps;
    this.workingDays = workingDays;
    this.decisions = decisions;
  }

  void route(AgendaEntry e, Meeting meeting) {
    String meetingId = meeting.id();
    Item item = items.find(e.itemId()).orElseThrow();
    if (e.outcome().comesBackHere()) {
      String target = e.targetMeetingId() != null && !e.targetMeetingId().isBlank() ? e.targetMeetingId()
          : meetings.nextAfter(meeting).map(Meeting::id).orElse(null);
      items.moveTo(item.id(), meeting.forumId(), target, ItemStatus.PROPOSED);
      items.event(item.id(), ItemEventKind.RETURNED_TO_PIPELINE, meeting.forumId(), target,
          e.outcome().danish() + " på " + meetingId, "system", EngineClock.now());
      if (item.standing() && target != null) {
        // The next meeting's call may already have added this standing item afresh: the returned one, with its
        // history, takes its place, so it is not on the agenda twice (issue 15).
        items.dropFreshStandingItem(target, item.title(), item.id());
      }
    }
    if (e.outcome().startsReservationFollowUp()) {
      followUps.startReservation(item.id(), meetingId, e.reservation(), e.reservationOwner(),
          workingDays.plusWorkingDays(EngineClock.today(), RESERVATION_WORKING_DAYS));
    }
    // "Sendt videre", or decided here and also sent on (ADR 0044): "Drøftet" and put before another forum.
    if (e.outcome().sendsOn(e.namesTarget())) {
      forwarding.forward(item, e.targetForumId(), e.targetMeetingId(), meeting, e.position(), e.decisionText(),
          "system");
    }
    if (DecisionInput.notBlank(e.postponedPart())) {
      forwarding.returnPart(item, e.position(), meeting, item.title() + " (udskudt del)", e.postponedPart());
    }
    for (SubTopic sub : items.subTopics(meetingId, item.id())) {
      if (sub.outcome().returnsSubTopicAsItem()) {
        forwarding.returnPart(item, e.position(), meeting, sub.title(), sub.text());
      }
    }
    // After the item is where the decision sent it, so a waiting process can propose it again.
    decisions.publish(item.id(), e.outcome(), meetingId);
  }
}
