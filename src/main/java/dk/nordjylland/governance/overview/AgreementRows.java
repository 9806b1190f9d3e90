package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.agreement.Agreement;
import dk.nordjylland.governance.agreement.AgreementStatus;
import dk.nordjylland.governance.agreement.AgreementStatusView;
import dk.nordjylland.governance.agreement.AgreementStep;
import dk.nordjylland.governance.agreement.Agreements;
import dk.nordjylland.governance.agreement.CollaborationAgreementProcess;
import dk.nordjylland.governance.agreement.PartyApproval;
import dk.nordjylland.governance.overview.OverviewRows.AgreementRow;
import dk.nordjylland.governance.overview.OverviewRows.PartyRow;
import dk.nordjylland.governance.overview.OverviewRows.Waiting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The overview's agreements: each with its current step, the parties' answers and open reservations. */
@Component
class AgreementRows {

  private final AgreementStatusView agreementStatus;
  private final Agreements agreements;
  private final CurrentSteps currentSteps;
  private final TaskService taskService;

  AgreementRows(AgreementStatusView agreementStatus, Agreements agreements, CurrentSteps currentSteps, TaskService taskService) {
    this.agreementStatus = agreementStatus;
    this.agreements = agreements;
    this.currentSteps = currentSteps;
    this.taskService = taskService;
  }

  List<AgreementRow> list() {
    List<AgreementRow> rows = new ArrayList<>();
    for (AgreementStatusView.Summary s : agreementStatus.list()) {
      Agreement a = agreements.get(s.id());
      List<AgreementStep> steps = agreements.steps(a.id());
      AgreementStep step = steps.stream().filter(x -> x.decidedAt() == null).findFirst()
          .orElse(steps.isEmpty() ? null : steps.get(steps.size() - 1));
      String forumStep = step == null ? null : step.kind().danish();
      boolean running = a.status() == AgreementStatus.IN_PROGRESS;
      Waiting waiting = currentSteps.waiting(s.currentStep(), s.since(), taskService.createTaskQuery()
          .processInstanceBusinessKey(CollaborationAgreementProcess.businessKey(a.id())).active());
      List<PartyRow> parties = latestRound(agreements.approvals(a.id()));
      List<String> reservations = parties.stream().filter(PartyRow::openReservation)
          .map(p -> p.party() + ": " + p.remarks()).toList();
      rows.add(new AgreementRow(a.id(), a.title(), step == null ? null : step.forumId(), forumStep,
          a.status().danish(), running, waiting, parties, reservations, a.processInstanceId(),
          running ? OverviewLinks.cockpitLink(a.processInstanceId()) : null));
    }
    rows.sort(Comparator.comparing(AgreementRow::id).reversed());
    return rows;
  }

  private static List<PartyRow> latestRound(List<PartyApproval> approvals) {
    int round = approvals.stream().mapToInt(PartyApproval::round).max().orElse(0);
    return approvals.stream().filter(p -> p.round() == round).map(p -> new PartyRow(p.partyName(),
        p.answer() == null ? "Afventer svar" : p.answer().danish(), p.remarks(), p.dueDate(),
        p.openReservation())).toList();
  }

}
