package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A consultation's reply deadline as the API takes it: {@code replyBy} or {@code replyWithinWorkingDays}. */
@Component
class ReplyDeadlines {

  private final WorkingDays workingDays;

  ReplyDeadlines(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  /** The reply deadline from a date or a number of working days from today (one of them). */
  LocalDate replyBy(LocalDate replyBy, Integer withinWorkingDays) {
    if (replyBy != null && withinWorkingDays != null) {
      throw new UserInputException("Angiv enten 'replyBy' (en dato) eller 'replyWithinWorkingDays', ikke begge.");
    }
    if (withinWorkingDays != null) {
      if (withinWorkingDays < 1 || withinWorkingDays > 250) {
        throw new UserInputException("'replyWithinWorkingDays' skal være mellem 1 og 250 arbejdsdage.");
      }
      return workingDays.plusWorkingDays(EngineClock.today(), withinWorkingDays);
    }
    return replyBy;
  }
}
