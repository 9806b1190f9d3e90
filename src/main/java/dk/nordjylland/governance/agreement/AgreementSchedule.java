package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the agreement models' expressions read: candidate groups, due dates, the parties' approvals of a round,
 * the timers of a published agreement. Read only; the process holds ids only.
 */
@Component("agreementSchedule")
public class AgreementSchedule {

  private final Agreements agreements;
  private final PartyApprovals approvals;
  private final AgreementProperties properties;
  private final WorkingDays workingDays;

  AgreementSchedule(Agreements agreements, PartyApprovals approvals, AgreementProperties properties,
      WorkingDays workingDays) {
    this.agreements = agreements;
    this.approvals = approvals;
    this.properties = properties;
    this.workingDays = workingDays;
  }

  public String workingGroup(long agreementId) {
    return agreements.get(agreementId).workingGroup();
  }

  public String networkGroup(long agreementId) {
    return agreements.get(agreementId).networkGroup();
  }

  public String responsibleGroup(long agreementId) {
    return agreements.get(agreementId).responsibleGroup();
  }

  public String coordinationGroup() {
    return properties.coordinationGroup();
  }

  /** Due date of a task: the configured number of working days from today. */
  public Date taskDue() {
    return workingDays.deadline(workingDays.plusWorkingDays(EngineClock.today(), properties.taskWorkingDays()));
  }

  /** The open approvals of the latest round: one task each. */
  public List<Long> approvalIds(long agreementId) {
    return approvals.openApprovalIds(agreementId);
  }

  public List<Long> openReservationIds(long agreementId) {
    return approvals.openReservationIds(agreementId);
  }

  public String partyGroup(long approvalId) {
    return agreements.approval(approvalId).partyGroup();
  }

  public Date approvalDue(long approvalId) {
    return workingDays.deadline(agreements.approval(approvalId).dueDate());
  }

  /** Timer cycle of the indicator follow-up, e.g. {@code R/P1Y}. */
  public String indicatorCycle() {
    return "R/" + properties.indicatorFollowUpInterval();
  }

  /** When the published agreement is due for revision. */
  public Date revisionDue(long agreementId) {
    return workingDays.deadline(agreements.get(agreementId).revisionDue());
  }
}
