package dk.nordjylland.governance.followup;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_ID;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_KIND;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.FORUM_ID;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.OWNER_GROUP;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.OWNER_USER;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import io.holunda.camunda.bpm.data.CamundaBpmData;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up of meetings: starts one {@code followUpAction} process per action decided at a meeting, or per
 * reservation an item was approved with, and answers which follow-ups a meeting or item has.
 *
 * <p>Every start validates its input first (Danish {@link UserInputException}), then writes the row and starts
 * the process in one transaction: a failed start leaves neither.
 */
@Service
public class FollowUps {

  static final int GUEST_TEXT = 200;

  private final Actions actions;
  private final Meetings meetings;
  private final RuntimeService runtimeService;
  private final ActionOwnerChecks ownerChecks;
  private final ForumAccess forumAccess;
  private final OutsideOwnerMails outsideOwners;

  FollowUps(Actions actions, Meetings meetings, RuntimeService runtimeService, ForumAccess forumAccess,
      ActionOwnerChecks ownerChecks, OutsideOwnerMails outsideOwners) {
    this.outsideOwners = outsideOwners;
    this.actions = actions;
    this.meetings = meetings;
    this.runtimeService = runtimeService;
    this.forumAccess = forumAccess;
    this.ownerChecks = ownerChecks;
  }

  /**
   * Starts the follow-up of an action decided at a meeting.
   *
   * @param itemId the agenda item the action was decided under, or null
   * @param owner a Camunda user id (the person gets the task; the forum's secretariat sees it too) or group id
   * @param dueDate the day it must be done; today or later
   * @return the id of the action
   * @throws UserInputException (Danish) for an unknown meeting or owner, a missing or too long description, a
   *     missing due date or one before today
   */
  @Transactional
  public long startAction(Long itemId, String meetingId, String description, String owner, LocalDate dueDate) {
    return start(ActionKind.ACTION, itemId, meetingId, description, ActionOwner.of(owner), dueDate);
  }

  /**
   * Starts the follow-up of an action whose owner may also be an external body or a guest (issue 15): they get no
   * task but a mail with the action; the forum's secretariat gets the task to register that it was done.
   */
  @Transactional
  public long startAction(Long itemId, String meetingId, String description, ActionOwner owner, LocalDate dueDate) {
    return start(ActionKind.ACTION, itemId, meetingId, description, owner, dueDate);
  }

  /**
   * Starts the follow-up of an item approved with a reservation: the owner clears it and reports back to the
   * forum in writing.
   *
   * @param reservation what must be cleared, e.g. "at koordineringsgruppen afklarer ..."
   * @param ownerGroup the group that clears it (a user id is accepted too, as for {@link #startAction})
   */
  @Transactional
  public long startReservation(Long itemId, String meetingId, String reservation, String ownerGroup,
      LocalDate dueDate) {
    return start(ActionKind.RESERVATION, itemId, meetingId, reservation, ActionOwner.of(ownerGroup), dueDate);
  }

  @Transactional(readOnly = true)
  public List<Action> ofMeeting(String meetingId) {
    return actions.ofMeeting(meetingId);
  }

  @Transactional(readOnly = true)
  public List<Action> ofItem(long itemId) {
    return actions.ofItem(itemId);
  }

  /** @throws NotFoundException (Danish) if there is no such action */
  @Transactional(readOnly = true)
  public Action get(long id) {
    return actions.find(id).orElseThrow(() -> new NotFoundException("Opfølgningen med id " + id + " findes ikke."));
  }

  private long start(ActionKind kind, Long itemId, String meetingId, String description, ActionOwner owner,
      LocalDate dueDate) {
    Meeting meeting = validMeeting(meetingId);
    String text = validDescription(kind, description);
    Owner resolved = ownerChecks.validOwner(owner, meeting.forumId());
    if (kind == ActionKind.RESERVATION && resolved.outside()) {
      // A reservation is cleared and reported to the forum from inside the collaboration (ADR 0045).
      throw new UserInputException("Et forbehold afklares af en person eller gruppe i samarbejdet, ikke af en ekstern"
          + " part eller en gæst.");
    }
    LocalDate due = validDueDate(dueDate);

    long id = actions.insert(itemId, meeting.id(), meeting.forumId(), kind, text, resolved, due, EngineClock.now());
    VariableMap variables = CamundaBpmData.builder()
        .set(ACTION_ID, id)
        .set(OWNER_GROUP, resolved.group())
        .set(FORUM_ID, meeting.forumId())
        .set(ACTION_KIND, kind.name())
        .build();
    // Always set, also when null: the model's assignee expression reads it.
    variables.putValueTyped(OWNER_USER.getName(), Variables.stringValue(resolved.user()));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(FollowUpActionProcess.KEY,
        FollowUpActionProcess.businessKey(id), variables);
    actions.attachProcess(id, instance.getId());
    forumAccess.grantInstanceRead(instance.getId(), meeting.forumId());
    if (resolved.outside()) {
      outsideOwners.announce(get(id));
    }
    return id;
  }

  private Meeting validMeeting(String meetingId) {
    if (meetingId == null || meetingId.isBlank()) {
      throw new UserInputException("Angiv det møde, opfølgningen er besluttet på.");
    }
    return meetings.find(meetingId)
        .orElseThrow(() -> new UserInputException("Mødet '" + meetingId + "' findes ikke."));
  }

  private static String validDescription(ActionKind kind, String description) {
    if (description == null || description.isBlank()) {
      throw new UserInputException(kind == ActionKind.RESERVATION
          ? "Beskriv forbeholdet, der skal afklares."
          : "Beskriv den opfølgende handling.");
    }
    String text = description.strip();
    if (text.length() > TextLimits.NOTE) {
      throw new UserInputException("Beskrivelsen er længere end " + TextLimits.NOTE + " tegn.");
    }
    return text;
  }

  private LocalDate validDueDate(LocalDate dueDate) {
    if (dueDate == null) {
      throw new UserInputException("Angiv en frist for opfølgningen.");
    }
    LocalDate today = EngineClock.today();
    if (dueDate.isBefore(today)) {
      throw new UserInputException("Fristen " + dueDate.format(DanishDates.DATE) + " ligger før i dag ("
          + today.format(DanishDates.DATE) + ").");
    }
    return dueDate;
  }

  /**
   * Who holds the task: a person (with the forum's secretariat as its group), a group alone, or, for an external body
   * or a guest, the forum's secretariat, which registers what they report back.
   */
  record Owner(String user, String group, String external, String guestName, String guestEmail) {
    boolean outside() {
      return external != null || guestName != null;
    }
  }

}
