package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Publishes corrected minutes after the approval (ADR 0059) the way the cycle publishes the approved ones: the
 * MinutesPublished event (the next PDF version, its snapshot and public variant) and the members' MINUTES mail, now
 * "Rettet referat" with the reason and what changed. Unlike MeetingCycle.publishMinutes it leaves the meeting's status
 * alone: a COMPLETED meeting stays completed, and the follow-up, a step of the cycle, does not start again.
 */
@Service
public class CorrectedMinutesPublication {

  private final Meetings meetings;
  private final MeetingTexts texts;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;

  CorrectedMinutesPublication(Meetings meetings, MeetingTexts texts, Notifications notifications,
      ApplicationEventPublisher events) {
    this.meetings = meetings;
    this.texts = texts;
    this.notifications = notifications;
    this.events = events;
  }

  /** In the caller's transaction: a refusal after this rolls the new version and the mail back with it. */
  public void publish(String meetingId, String reason, List<String> changes) {
    Meeting meeting = meetings.get(meetingId);
    events.publishEvent(new MinutesPublished(meetingId, true));
    String title = texts.title(meeting);
    StringBuilder body = new StringBuilder("Referatet af ").append(title)
        .append(" er rettet efter godkendelsen. Det rettede referat er vedhæftet og erstatter det, du fik før.\n\n")
        .append("Begrundelse for rettelsen: ").append(reason).append("\n\nÆndringer siden forrige version:");
    changes.forEach(change -> body.append("\n- ").append(change));
    notifications.toGroup(ForumRole.MEMBER.groupId(meeting.forumId()), NotificationKind.MINUTES, meetingId,
        "Rettet referat: " + title, body.toString());
  }
}
