package dk.nordjylland.governance.followup;

import dk.nordjylland.governance.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The dates of a follow-up action, in Danish working days from its due date (read from the table, so a
 * changed due date moves them). The model reads them in its due dates and timers:
 * {@code ${actionSchedule.reminder(actionId)}}.
 */
@Component("actionSchedule")
public class ActionSchedule {

  private final Actions actions;
  private final WorkingDays workingDays;
  private final FollowUpProperties properties;

  ActionSchedule(Actions actions, WorkingDays workingDays, FollowUpProperties properties) {
    this.actions = actions;
    this.workingDays = workingDays;
    this.properties = properties;
  }

  /** The due date at the configured deadline time (default 12:00). */
  public Date due(Long actionId) {
    return workingDays.deadline(dueDate(actionId));
  }

  public Date reminder(Long actionId) {
    return workingDays.before(dueDate(actionId), properties.reminderWorkingDaysBefore());
  }

  public Date escalateToSecretariat(Long actionId) {
    return workingDays.after(dueDate(actionId), properties.secretariatEscalationWorkingDaysAfter());
  }

  public Date escalateToChair(Long actionId) {
    return workingDays.after(dueDate(actionId), properties.chairEscalationWorkingDaysAfter());
  }

  private LocalDate dueDate(Long actionId) {
    return actions.find(actionId).orElseThrow(() -> new IllegalStateException("No action " + actionId)).dueDate();
  }
}
