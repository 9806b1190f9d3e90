package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.tasknames.TaskNames;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every agreement stands: its open tasks (also those of its forum steps) and forum steps waiting for a
 * decision, in Danish, since when and how many days it has waited there.
 */
@Service
public class AgreementStatusView {

  /** History events that carry a party's answer or the clearance of its reservation. */
  private static final Set<String> ANSWER_EVENTS = Set.of("PARTY_ANSWER", "RESERVATION_CLEARED");

  private final Agreements agreements;
  private final AgreementHearings hearings;
  private final AgreementAccess access;
  private final TaskService taskService;
  private final AsSystem asSystem;
  private final ForumAccess forumAccess;

  AgreementStatusView(Agreements agreements, AgreementHearings hearings, AgreementAccess access,
      TaskService taskService, AsSystem asSystem, ForumAccess forumAccess) {
    this.agreements = agreements;
    this.hearings = hearings;
    this.access = access;
    this.taskService = taskService;
    this.asSystem = asSystem;
    this.forumAccess = forumAccess;
  }

  /** One open step: "Udarbejd aftaleudkast (koordineringsgruppen-secretariat)", since. */
  public record CurrentStep(String step, LocalDateTime since) {}

  public record Summary(long id, String title, AgreementKind kind, AgreementStatus status, Integer currentVersion, String currentStep,
      LocalDateTime since, Long waitingDays, List<CurrentStep> openSteps) {}

  /**
   * One agreement in full. {@code hearings}: the consultations of its hearings in the network group (id, opened,
   * reply-by, status, respondents, replies; the replies at {@code GET /api/consultations/{id}}).
   */
  public record Details(Agreement agreement, Summary status, List<AgreementVersion> versions, List<AgreementStep> steps,
      List<AgreementHearings.Hearing> hearings, List<PartyApproval> partyApprovals, List<Reservation> reservations,
      List<AgreementEvent> history) {}

  /** A party's reservation of one round, and how it was cleared ("" while open). */
  public record Reservation(String party, int round, String reservation, boolean open, String clearance) {}

  @Transactional(readOnly = true)
  public List<Summary> list() {
    return agreements.all().stream().map(this::summary).toList();
  }

  /** One agreement as the system sees it (all parties' answers). */
  @Transactional(readOnly = true)
  public Details details(long agreementId) {
    return details(agreementId, approval -> true);
  }

  /**
   * One agreement as the user may read it: the parties' answers, reservations and their clearance for the
   * agreement's own groups and starters ({@link AgreementAccess#worksOn}) and process owners, a party's own answers for
   * that party; others read the agreement without them.
   */
  @Transactional(readOnly = true)
  public Details details(long agreementId, String user) {
    Agreement a = agreements.get(agreementId);
    ForumAccess.Reader reader = forumAccess.reader(user);
    boolean allAnswers = reader.readsAll() || access.worksOn(a, user);
    return details(agreementId, approval -> allAnswers || reader.is(approval.partyGroup()));
  }

  private Details details(long agreementId, Predicate<PartyApproval> shown) {
    Agreement a = agreements.get(agreementId);
    List<PartyApproval> all = agreements.approvals(agreementId);
    List<PartyApproval> approvals = all.stream().filter(shown).toList();
    // The history repeats answers and clearances ("PLO-Nordjyllands formandskab: Godkendt med forbehold: ..."):
    // shown only with the answers of every party.
    boolean everyAnswer = approvals.size() == all.size();
    List<Reservation> reservations = new ArrayList<>();
    for (PartyApproval p : approvals) {
      if (p.answer() == PartyAnswer.APPROVED_WITH_RESERVATION) {
        reservations.add(new Reservation(p.partyName(), p.round(), p.remarks(), p.openReservation(),
            p.clearance() == null ? "" : p.clearance()));
      }
    }
    return new Details(a, summary(a), agreements.versions(agreementId), agreements.steps(agreementId),
        hearings.hearings(agreementId), approvals, reservations, agreements.events(agreementId).stream()
            .filter(e -> everyAnswer || !ANSWER_EVENTS.contains(e.kind())).toList());
  }

  private Summary summary(Agreement a) {
    List<CurrentStep> open = new ArrayList<>(asSystem.call(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(CollaborationAgreementProcess.businessKey(a.id())).active().list()).stream()
        .map(t -> new CurrentStep(TaskNames.baseName(t.getName()) + " (" + candidate(t) + ")", LocalDateTime.ofInstant(t.getCreateTime().toInstant(), EngineClock.ZONE)))
        .toList());
    for (AgreementStep s : agreements.steps(a.id())) {
      if (s.decidedAt() == null) {
        open.add(new CurrentStep(s.kind().danish()
            + (s.meetingId() == null ? " (venter på næste åbne møde)" : " (mødet " + s.meetingId() + ")"), s.startedAt()));
      }
    }
    if (open.isEmpty() && a.status() == AgreementStatus.PUBLISHED) {
      open.add(new CurrentStep("I kraft; revision senest " + a.revisionDue().format(DanishDates.DATE),
          a.publishedAt()));
    }
    open.sort(Comparator.comparing(CurrentStep::since));
    LocalDateTime since = open.isEmpty() ? null : open.get(0).since();
    Long days = since == null ? null : Duration.between(since, EngineClock.now()).toDays();
    String text = open.isEmpty() ? (a.status() == AgreementStatus.REVISED ? a.status().danish() : "Afsluttet")
        : String.join("; ", open.stream().map(CurrentStep::step).toList());
    Integer version = agreements.currentVersion(a.id()).map(AgreementVersion::number).orElse(null);
    return new Summary(a.id(), a.title(), a.kind(), a.status(), version, text, since, days, open);
  }

  private String candidate(Task task) {
    return asSystem.call(() -> taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).findFirst()
        .orElse(task.getAssignee() == null ? "" : task.getAssignee()));
  }

}
