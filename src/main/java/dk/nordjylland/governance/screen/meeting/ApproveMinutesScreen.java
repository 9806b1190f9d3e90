package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.DECISION_FIELD;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_TITLE;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_REMARKS;

import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * The chair approves the minutes seeing them (issue 14: he approved minutes he could not see): the draft exactly as it
 * will be published, the members' comments with who and when, and his earlier send-backs. Sending the minutes back
 * needs a remark, which the secretariat's reopened task shows.
 */
@Component
class ApproveMinutesScreen implements TaskScreen {

  static final String APPROVE = "godkend";
  static final String SEND_BACK = "tilbage";

  private final MinutesRound round;
  private final MeetingState meetingState;

  private final ClosedItems closedItems;
  private final ClosedItemReaders readers;

  ApproveMinutesScreen(MinutesRound round, MeetingState meetingState, ClosedItems closedItems,
      ClosedItemReaders readers) {
    this.readers = readers;
    this.closedItems = closedItems;
    this.round = round;
    this.meetingState = meetingState;
  }

  @Override
  public String name() {
    return "approve-minutes";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    model.put("meetingTitle", task.text(MEETING_TITLE));
    // A chair disqualified for a closed item reads it in its public wording and is told so (ADR 0055).
    LongPredicate sees = readers.show(task, meetingId, model, "referatet");
    model.put("meetingState", meetingState.of(meetingId, sees));
    round.draft(meetingId, sees, model);
    round.comments(meetingId, model);
    round.sendBacks(meetingId, model);
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    String decision = input.choice(DECISION_FIELD, "Din beslutning", List.of(APPROVE, SEND_BACK), true);
    String remarks = input.text(MINUTES_REMARKS.getName(), "Bemærkninger", SEND_BACK.equals(decision));
    if (remarks.length() > TextLimits.NOTE) {
      input.error(MINUTES_REMARKS.getName(), "Bemærkningerne er for lange: højst " + TextLimits.NOTE + " tegn (nu "
          + remarks.length() + ").");
    }
    if (APPROVE.equals(decision)) {
      publicWording(closedItems.minutesProblems((String) task.variable(MEETING_ID.getName())),
          "Referatet kan ikke godkendes", input);
    }
    input.requireValid();
    Map<String, Object> variables = new HashMap<>();
    variables.put(MINUTES_APPROVED.getName(), APPROVE.equals(decision));
    variables.put(MINUTES_REMARKS.getName(), remarks);
    task.complete(variables);
  }

  @Override
  public Optional<Preview> preview(ScreenTask task) {
    return Optional.of(round.preview((String) task.variable(MEETING_ID.getName()), readers.of(task)));
  }

  /** A closed item without its public wording (ADR 0055): refused at the decision, as the task listener would. */
  private static void publicWording(Problems problems, String context, ScreenInput input) {
    try {
      problems.throwIfAny(context);
    } catch (UserInputException refused) {
      input.error("decision", refused.getMessage());
    }
  }
}
