package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.validation.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading collaboration agreements, and the record of what their tasks did. The use cases are one class per step
 * of collaboration-agreement.bpmn: {@link AgreementStarts}, {@link AgreementVersions}, {@link AgreementHearings},
 * {@link AgreementForumSteps}, {@link PartyApprovals}, {@link AgreementPublication} (ADR 0052).
 */
@Service
public class Agreements {

  static final int MAX_TEXT = 4000;

  private final AgreementStore store;

  Agreements(AgreementStore store) {
    this.store = store;
  }

  /** The document of a version, if it was registered with content. */
  @Transactional(readOnly = true)
  public Optional<byte[]> content(long agreementId, int number) {
    get(agreementId);
    return store.content(agreementId, number);
  }

  PartyApproval approval(long approvalId) {
    return store.approval(approvalId).orElseThrow(() -> new IllegalStateException("No approval " + approvalId));
  }

  // ---------------------------------------------------------------- tasks' records

  @Transactional
  public void record(long agreementId, String kind, String text, String actor) {
    store.event(agreementId, kind, text, actor, EngineClock.now());
  }

  // ---------------------------------------------------------------- reading

  public Agreement get(long agreementId) {
    return store.find(agreementId)
        .orElseThrow(() -> new NotFoundException("Samarbejdsaftale " + agreementId + " findes ikke."));
  }

  /** The agreement a hearing in its network group is about, if the consultation is such a hearing. */
  public Optional<Agreement> agreementOfHearing(long consultationId) {
    return store.agreementOfHearing(consultationId).flatMap(store::find);
  }

  public Optional<AgreementVersion> currentVersion(long agreementId) {
    return store.currentVersion(agreementId);
  }

  public List<AgreementVersion> versions(long agreementId) {
    return store.versions(agreementId);
  }

  public List<AgreementStep> steps(long agreementId) {
    return store.steps(agreementId);
  }

  public List<PartyApproval> approvals(long agreementId) {
    return store.approvals(agreementId);
  }

  public List<AgreementEvent> events(long agreementId) {
    return store.events(agreementId);
  }

  public List<Agreement> all() {
    return store.all();
  }

  /** Remarks for the working group: the last forum decision that sent it back, and the parties' remarks. */
  public String remarksForWorkingGroup(long agreementId) {
    List<String> lines = new ArrayList<>();
    List<AgreementStep> steps = store.steps(agreementId);
    for (int i = steps.size() - 1; i >= 0; i--) {
      AgreementStep s = steps.get(i);
      if (s.outcome() != null) {
        lines.add(s.kind().danish() + ": " + s.outcome().danish()
            + (s.decisionText() == null ? "" : ". " + s.decisionText()));
        break;
      }
    }
    for (PartyApproval a : store.round(agreementId, store.lastRound(agreementId))) {
      if (a.remarks() != null) {
        lines.add(a.partyName() + ": " + a.answer().danish() + ". " + a.remarks());
      }
    }
    return lines.isEmpty() ? "Ingen bemærkninger." : String.join("\n\n", lines);
  }

  static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
