package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parties' own approvals of an agreement (PLO-Nordjylland's chairmanship, ...): rounds, answers, reservations. */
@Service
public class PartyApprovals {

  private final AgreementStore store;
  private final Agreements agreements;
  private final WorkingDays workingDays;

  PartyApprovals(AgreementStore store, Agreements agreements, WorkingDays workingDays) {
    this.store = store;
    this.agreements = agreements;
    this.workingDays = workingDays;
  }

  /** A new round of the parties' own approvals of the current version. */
  @Transactional
  public void requestApprovals(long agreementId) {
    int round = store.lastRound(agreementId) + 1;
    Long versionId = store.currentVersion(agreementId).map(AgreementVersion::id).orElse(null);
    for (AgreementStore.Party p : store.parties(agreementId)) {
      store.insertApproval(agreementId, p.id(), round, versionId,
          workingDays.plusWorkingDays(EngineClock.today(), p.workingDays()), EngineClock.now());
    }
  }

  /** The approvals of the latest round that have no answer yet (the tasks of the round). */
  public List<Long> openApprovalIds(long agreementId) {
    return store.round(agreementId, store.lastRound(agreementId)).stream().filter(a -> a.answer() == null)
        .map(PartyApproval::id).toList();
  }

  /** The reservations of the latest round that are not cleared. */
  public List<Long> openReservationIds(long agreementId) {
    return store.round(agreementId, store.lastRound(agreementId)).stream().filter(PartyApproval::openReservation)
        .map(PartyApproval::id).toList();
  }

  /**
   * A party's answer.
   *
   * @param versionNumber the version the party answers for; must be the agreement's current version
   * @throws UserInputException for an unknown answer, missing remarks, or another version than the current one
   */
  @Transactional
  public void answer(long approvalId, Object versionNumber, String answer, String remarks, String actor) {
    PartyApproval approval = agreements.approval(approvalId);
    Problems problems = new Problems();
    problems.require(approval.answer() == null, approval.partyName() + " har allerede svaret på denne version.");
    PartyAnswer parsed = null;
    try {
      parsed = answer == null ? null : PartyAnswer.valueOf(answer.strip());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    problems.require(parsed != null, "Vælg et svar: godkend, godkend med forbehold eller afvis med bemærkninger.");
    if (parsed == PartyAnswer.APPROVED_WITH_RESERVATION) {
      problems.requireText(remarks, "Beskriv forbeholdet.");
    } else if (parsed == PartyAnswer.DECLINED) {
      problems.requireText(remarks, "Skriv bemærkningerne til afvisningen, så arbejdsgruppen kan arbejde videre.");
    }
    problems.maxLength(remarks, TextLimits.NOTE, "Bemærkninger");
    int current = store.currentVersion(approval.agreementId()).map(AgreementVersion::number).orElse(0);
    Integer given = number(versionNumber);
    if (given == null) {
      problems.add("Angiv hvilken version af aftalen svaret gælder.");
    } else if (given != current) {
      problems.add("Svaret gælder version " + given + ", men aftalen er nu i version " + current
          + ". Læs version " + current + " og svar på den.");
    }
    problems.throwIfAny("Svaret kan ikke registreres");
    store.answer(approvalId, store.currentVersion(approval.agreementId()).map(AgreementVersion::id).orElse(null), parsed,
        remarks, actor, EngineClock.now());
    store.event(approval.agreementId(), "PARTY_ANSWER", approval.partyName() + ": " + parsed.danish()
        + (remarks == null || remarks.isBlank() ? "" : ": " + remarks.strip()), actor, EngineClock.now());
  }

  private static Integer number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue() == n.intValue() ? n.intValue() : null;
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** Clears a party's reservation (the coordination group or the party itself reports how). */
  @Transactional
  public void clearReservation(long approvalId, String clearance, String actor) {
    PartyApproval approval = agreements.approval(approvalId);
    Problems problems = new Problems();
    problems.require(approval.openReservation(), "Forbeholdet fra " + approval.partyName() + " er ikke åbent.");
    problems.requireText(clearance, "Beskriv, hvordan forbeholdet er afklaret.");
    problems.maxLength(clearance, TextLimits.NOTE, "Afklaring");
    problems.throwIfAny("Forbeholdet kan ikke afklares");
    store.clear(approvalId, clearance.strip(), actor, EngineClock.now());
    store.event(approval.agreementId(), "RESERVATION_CLEARED", approval.partyName() + ": " + clearance.strip(), actor,
        EngineClock.now());
  }

  /**
   * After FFU and the parties of a round: SENT_BACK (FFU did not recommend it, or a party declined),
   * RESERVATION_OPEN (a party's reservation blocks SSF until it is cleared) or READY.
   */
  @Transactional(readOnly = true)
  public String assessRound(long agreementId, String ffuResult) {
    List<PartyApproval> round = store.round(agreementId, store.lastRound(agreementId));
    if (CollaborationAgreementProcess.SENT_BACK.equals(ffuResult)
        || round.stream().anyMatch(a -> a.answer() == PartyAnswer.DECLINED)) {
      return CollaborationAgreementProcess.SENT_BACK;
    }
    return round.stream().anyMatch(PartyApproval::openReservation) ? CollaborationAgreementProcess.RESERVATION_OPEN
        : CollaborationAgreementProcess.READY;
  }
}
