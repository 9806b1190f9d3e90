package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.calendar.WorkingDays;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the consultation model reads from our tables in its expressions: the dates (in Danish working days
 * from the reply deadline, so a changed deadline moves them), the respondents of the multi-instance reply
 * task, and who gets each reply task: {@code ${consultationSchedule.reminder(consultationId)}}.
 */
@Component("consultationSchedule")
public class ConsultationSchedule {

  private final ConsultationTable table;
  private final WorkingDays workingDays;
  private final ConsultationProperties properties;

  ConsultationSchedule(ConsultationTable table, WorkingDays workingDays, ConsultationProperties properties) {
    this.table = table;
    this.workingDays = workingDays;
    this.properties = properties;
  }

  /** The reply deadline: the reply-by day at the configured deadline time (default 12:00). */
  public Date due(Long consultationId) {
    return workingDays.deadline(consultation(consultationId).replyBy());
  }

  public Date reminder(Long consultationId) {
    return workingDays.before(consultation(consultationId).replyBy(), properties.reminderWorkingDaysBefore());
  }

  /** When the owning secretariat is told, and gets the task to close the consultation. */
  public Date escalation(Long consultationId) {
    return workingDays.after(consultation(consultationId).replyBy(), properties.escalationWorkingDaysAfter());
  }

  /** The close task is due a week of working days after the escalation. */
  public Date closeDue(Long consultationId) {
    return workingDays.after(consultation(consultationId).replyBy(), properties.escalationWorkingDaysAfter() + 5);
  }

  /** The respondent ids, one reply task each. */
  public List<String> respondents(Long consultationId) {
    return table.respondents(consultationId).stream().map(Respondent::respondent).toList();
  }

  /** A person replies in person (assignee); null for a group. */
  public String assignee(Long consultationId, String respondent) {
    return find(consultationId, respondent).isGroup() ? null : respondent;
  }

  /** A group replies as candidate group; a person has the task alone (no group may answer for them). */
  public List<String> candidateGroups(Long consultationId, String respondent) {
    return find(consultationId, respondent).isGroup() ? List.of(respondent) : List.of();
  }

  /** The secretariat that owns the consultation: it gets the task to close it. */
  public String ownerGroup(Long consultationId) {
    return consultation(consultationId).ownerGroup();
  }

  public boolean hasForum(Long consultationId) {
    return consultation(consultationId).hasForum();
  }

  private Respondent find(Long consultationId, String respondent) {
    return table.respondents(consultationId).stream().filter(r -> r.respondent().equals(respondent)).findFirst()
        .orElseThrow(() -> new IllegalStateException(respondent + " is no respondent of consultation " + consultationId));
  }

  private Consultation consultation(Long consultationId) {
    return table.find(consultationId)
        .orElseThrow(() -> new IllegalStateException("No consultation " + consultationId));
  }
}
