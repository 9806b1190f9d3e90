package dk.nordjylland.governance.followup;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.masterdata.ExternalBody;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.OwnerNames;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The mails to an action's owner outside the collaboration (an external body or a guest, issue 15): they have no
 * login and no task, so they are told what to do, by when, and whom to tell when it is done: the forum's secretariat,
 * which holds the follow-up task and registers the completion.
 */
@Component
class OutsideOwnerMails {

  private final Notifications notifications;
  private final Meetings meetings;
  private final MeetingTexts texts;
  private final MasterData masterData;
  private final OwnerNames names;
  private final ItemTitles itemTitles;

  OutsideOwnerMails(Notifications notifications, Meetings meetings, MeetingTexts texts, MasterData masterData,
      OwnerNames names, ItemTitles itemTitles) {
    this.notifications = notifications;
    this.meetings = meetings;
    this.texts = texts;
    this.masterData = masterData;
    this.names = names;
    this.itemTitles = itemTitles;
  }

  /** The action as decided: what, by when, under which item of which meeting. */
  void announce(Action action) {
    String meeting = texts.title(meetings.get(action.meetingId()));
    send(action, "Opfølgende handling fra " + shortMeeting(action) + ": "
            + FollowUpActions.shorten(action.description(), 120),
        "På mødet i " + meeting + " blev det besluttet, at " + ownerName(action)
            + " er ansvarlig for denne opfølgende handling:\n\n" + action.description() + "\n\n"
            + "Frist: " + action.dueDate().format(DanishDates.LONG_DATE) + "."
            // A closed item by its public title only: the owner is outside the collaboration (ADR 0055).
            + itemTitle(action).map(title -> "\n\nPunkt: " + title).orElse("")
            + "\n\n" + tellSecretariat(action));
  }

  /** The due date is near. */
  void remind(Action action, String dueText) {
    send(action, "Påmindelse: opfølgende handling: " + FollowUpActions.shorten(action.description(), 120),
        "Handlingen fra " + texts.title(meetings.get(action.meetingId())) + " skal være udført senest " + dueText
            + ":\n\n" + FollowUpActions.shorten(action.description(), 1000) + "\n\n" + tellSecretariat(action));
  }

  private void send(Action action, String subject, String body) {
    if (action.ownerExternal() != null) {
      ExternalBody to = masterData.externalBody(action.ownerExternal()).orElseThrow();
      notifications.toAddress(to.name(), to.email(), NotificationKind.ACTION, action.meetingId(), subject, body);
    } else if (action.ownerGuestEmail() != null) {
      notifications.toAddress(action.ownerGuestName(), action.ownerGuestEmail(), NotificationKind.ACTION,
          action.meetingId(), subject, body);
    }
  }

  private String tellSecretariat(Action action) {
    String secretariat = names.name(ForumRole.SECRETARIAT.groupId(action.forumId()));
    return "Når handlingen er udført, så giv " + secretariat + " besked om, hvad der er gjort; sekretariatet"
        + " registrerer det.";
  }

  private String ownerName(Action action) {
    return action.ownerExternal() != null
        ? masterData.externalBody(action.ownerExternal()).map(ExternalBody::name).orElse(action.ownerExternal())
        : action.ownerGuestName();
  }

  private String shortMeeting(Action action) {
    return texts.shortTitle(meetings.get(action.meetingId()));
  }

  private Optional<String> itemTitle(Action action) {
    return action.itemId() == null ? Optional.empty() : itemTitles.title(action.itemId());
  }
}
