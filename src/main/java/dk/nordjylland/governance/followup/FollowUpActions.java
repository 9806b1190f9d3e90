package dk.nordjylland.governance.followup;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The use cases behind the service tasks of the follow-up model: reminders, escalations, completion. */
@Service
public class FollowUpActions {

  private static final Logger LOG = LoggerFactory.getLogger(FollowUpActions.class);
  /** Subjects are short (the outbox holds 300 characters); bodies quote long texts shortened. */
  private static final int SUBJECT_QUOTE = 120;
  private static final int BODY_QUOTE = 1000;

  private final Actions actions;
  private final ActionTexts texts;
  private final Notifications notifications;
  private final RuntimeService runtimeService;
  private final OutsideOwnerMails outsideOwners;

  FollowUpActions(Actions actions, ActionTexts texts, Notifications notifications, RuntimeService runtimeService,
      OutsideOwnerMails outsideOwners) {
    this.actions = actions;
    this.texts = texts;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
    this.outsideOwners = outsideOwners;
  }

  /**
   * Reminds the owner (the person, else the owning group; an external body or a guest by mail) that the due date is
   * near.
   */
  public void remindOwner(long actionId) {
    Action action = action(actionId);
    String subject = "Påmindelse: " + what(action) + ": " + shorten(action.description(), SUBJECT_QUOTE);
    String body = (action.kind() == ActionKind.RESERVATION
        ? "Forbeholdet fra " + title(action) + " skal være afklaret senest "
        : "Handlingen fra " + title(action) + " skal være udført senest ")
        + texts.due(action) + ":\n\n" + shorten(action.description(), BODY_QUOTE);
    if (action.ownedOutside()) {
      outsideOwners.remind(action, texts.due(action));
    } else if (action.ownerUser() != null) {
      notifications.toUserAboutTask(action.processInstanceId(), action.ownerUser(), NotificationKind.REMINDER,
          action.meetingId(), subject, body);
    } else {
      notifications.toGroupAboutTask(action.processInstanceId(), action.ownerGroup(), NotificationKind.REMINDER,
          action.meetingId(), subject, body);
    }
  }

  /** Tells the forum's secretariat that the due date has passed. */
  public void escalateToSecretariat(long actionId) {
    escalate(action(actionId), ForumRole.SECRETARIAT, "Eskalering: frist overskredet");
  }

  /** Tells the forum's chair that the action is still not done, some days after its due date. */
  public void escalateToChair(long actionId) {
    escalate(action(actionId), ForumRole.CHAIR, "Eskalering: stadig ikke udført");
  }

  /** The action is done: records its result and tells the forum's secretariat. */
  public void recordActionDone(long actionId, String result) {
    Action action = action(actionId);
    if (!actions.complete(actionId, result, null, EngineClock.now())) {
      LOG.warn("Follow-up action {} was not open ({}); completion not recorded again", actionId, action.status());
      return;
    }
    toGroupAboutItem(action, ForumRole.SECRETARIAT.groupId(action.forumId()),
        "Opfølgning udført: " + shorten(action.description(), SUBJECT_QUOTE),
        "Den opfølgende handling fra " + title(action) + " er udført af " + owner(action) + ".\n\n"
            + "Handling: " + shorten(action.description(), BODY_QUOTE) + "\n\nResultat:\n" + result);
  }

  /**
   * The reservation is cleared: records the resolution and the written report, and sends the report to the
   * forum's members.
   */
  public void recordReservationCleared(long actionId, String resolution, String report) {
    Action action = action(actionId);
    if (!actions.complete(actionId, resolution, report, EngineClock.now())) {
      LOG.warn("Reservation {} was not open ({}); clearance not recorded again", actionId, action.status());
      return;
    }
    toGroupAboutItem(action, ForumRole.MEMBER.groupId(action.forumId()),
        "Tilbagemelding om forbehold: " + shorten(action.description(), SUBJECT_QUOTE),
        "Forbeholdet fra " + title(action) + " er afklaret af " + owner(action) + ".\n\n"
            + "Forbehold: " + shorten(action.description(), BODY_QUOTE) + "\n\nTilbagemelding til forummet:\n"
            + report);
    if (action.itemId() != null) {
      // Processes that wait for the reservation of their item (agreementForumStep) go on; nobody waiting is fine.
      runtimeService.createMessageCorrelation(FollowUpActionProcess.MESSAGE_RESERVATION_CLEARED)
          .processInstanceVariableEquals(FollowUpActionProcess.CLEARED_ITEM_ID.getName(), action.itemId())
          .correlateAllWithResult();
    }
  }

  private void escalate(Action action, ForumRole role, String prefix) {
    // The secretariat sees the task of an action a person owns: its mail links to it; the chair's to the Tasklist.
    notifications.toGroupAboutTask(action.processInstanceId(), role.groupId(action.forumId()),
        NotificationKind.ESCALATION, action.meetingId(),
        prefix + ": " + shorten(action.description(), SUBJECT_QUOTE),
        "Fristen for " + (action.kind() == ActionKind.RESERVATION ? "afklaring af forbeholdet" : "handlingen")
            + " fra " + title(action) + " var " + texts.due(action) + ", men "
            + owner(action) + " har endnu ikke "
            + (action.kind() == ActionKind.RESERVATION ? "afklaret det" : "udført den") + ".\n\n"
            + shorten(action.description(), BODY_QUOTE));
  }

  /**
   * A result or report is the content of the item the action was decided under: whoever in the group may not read a
   * closed item's confidential content (disqualified for it) does not get it (ADR 0060).
   */
  private void toGroupAboutItem(Action action, String groupId, String subject, String body) {
    if (action.itemId() != null) {
      notifications.toGroupAboutItem(action.itemId(), groupId, NotificationKind.ACTION, action.meetingId(), subject,
          body);
    } else {
      notifications.toGroup(groupId, NotificationKind.ACTION, action.meetingId(), subject, body);
    }
  }

  private Action action(long actionId) {
    return actions.find(actionId).orElseThrow(() -> new IllegalStateException("No follow-up action " + actionId));
  }

  private String title(Action action) {
    return texts.meetingTitle(action);
  }

  private static String what(Action action) {
    return action.kind() == ActionKind.RESERVATION ? "forbehold skal afklares" : "opfølgende handling";
  }

  private String owner(Action action) {
    return texts.owner(action);
  }

  static String shorten(String text, int max) {
    String oneLine = text.strip();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
  }

}
