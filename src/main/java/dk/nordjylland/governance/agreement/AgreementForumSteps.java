package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ForumDecision;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.ItemStatus;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum steps of an agreement (agreement-forum-step.bpmn): the agenda item that puts the agreement before the
 * forum (at the meeting {@link AgreementPlanning} planned, else the forum's next open one), and the forum's decision
 * from the approved minutes.
 */
@Service
public class AgreementForumSteps {

  private final AgreementStore store;
  private final Agreements agreements;
  private final AgreementProperties properties;
  private final ItemProposals agenda;
  private final Items items;

  AgreementForumSteps(AgreementStore store, Agreements agreements, AgreementProperties properties, ItemProposals agenda,
      Items items) {
    this.store = store;
    this.agreements = agreements;
    this.properties = properties;
    this.agenda = agenda;
    this.items = items;
  }

  record StepStart(long stepId, long itemId) {}

  /**
   * Puts the agreement before the forum of the step: the item that forum sent back earlier, if it waits in the
   * pipeline, else a new item, to the planned meeting or the forum's next open one.
   */
  @Transactional
  public StepStart proposeStep(long agreementId, StepKind kind) {
    Agreement a = agreements.get(agreementId);
    String forumId = properties.forumOf(kind);
    Optional<AgreementVersion> version = store.currentVersion(agreementId);
    String planned = store.takePlan(agreementId, forumId).orElse(null);
    Long itemId = returnedItem(agreementId, kind).orElse(null);
    if (itemId != null) {
      if (planned != null && !planned.equals(items.get(itemId).meetingId())) {
        agenda.moveToMeeting(itemId, planned, "system");
      }
    } else {
      String title = kind == StepKind.TERMS_OF_REFERENCE
          ? "Godkendelse: Kommissorium for arbejdsgruppen for " + Agreements.lowerFirst(a.title())
          : "Godkendelse: " + a.title();
      String recommendation = switch (kind) {
        case TERMS_OF_REFERENCE -> "Godkender kommissoriet for arbejdsgruppen.";
        case FFU_RECOMMENDATION -> "Godkender, at aftalen indstilles til godkendelse i Strategisk Sundhedsforum.";
        case SSF_APPROVAL -> "Godkender aftalen og indstiller den til endelig godkendelse i Sundhedssamarbejdsudvalget.";
        case SSU_APPROVAL -> "Godkender samarbejdsaftalen.";
      };
      List<ItemProposal.AttachmentProposal> attachments = version
          .map(v -> List.of(new ItemProposal.AttachmentProposal(v.title() + " (version " + v.number() + ")", false)))
          .orElse(List.of());
      itemId = agenda.proposeForProcess(new ItemProposal(forumId, planned, title, a.caseNumber(),
          (kind == StepKind.TERMS_OF_REFERENCE ? "Kommissoriet for arbejdsgruppen for " + Agreements.lowerFirst(a.title())
              : a.title()) + " fremlægges til godkendelse.",
          null, null, furtherProcessing(kind), "Samarbejdsaftaler", List.of(recommendation), attachments), "system");
    }
    Item item = items.get(itemId);
    long stepId = store.insertStep(agreementId, kind, forumId, itemId, version.map(AgreementVersion::id).orElse(null),
        item.meetingId(), EngineClock.now());
    store.event(agreementId, "PROPOSED", kind.danish() + (item.meetingId() == null ? "" : " (" + item.meetingId() + ")"),
        "system", EngineClock.now());
    return new StepStart(stepId, itemId);
  }

  private Optional<Long> returnedItem(long agreementId, StepKind kind) {
    List<AgreementStep> steps = store.steps(agreementId);
    for (int i = steps.size() - 1; i >= 0; i--) {
      AgreementStep s = steps.get(i);
      if (s.kind() == kind) {
        Item item = items.get(s.itemId());
        return item.status() == ItemStatus.PROPOSED ? Optional.of(item.id()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String furtherProcessing(StepKind kind) {
    return switch (kind) {
      case TERMS_OF_REFERENCE -> "Arbejdsgruppen igangsættes, når kommissoriet er godkendt.";
      case FFU_RECOMMENDATION -> "Anbefales aftalen, fortsætter den til godkendelse i Strategisk Sundhedsforum og i"
          + " Sundhedssamarbejdsudvalget.";
      case SSF_APPROVAL -> "Godkendes aftalen, forelægges den Sundhedssamarbejdsudvalget til endelig godkendelse.";
      case SSU_APPROVAL -> "Godkendes aftalen, offentliggøres og implementeres den.";
    };
  }

  /**
   * Records the forum's decision on the step (from the approved minutes) and returns where the agreement goes:
   * {@link CollaborationAgreementProcess#APPROVED} or {@link CollaborationAgreementProcess#SENT_BACK}.
   */
  @Transactional
  public String recordDecision(long stepId, String outcome, String meetingId) {
    AgreementStep step = store.step(stepId).orElseThrow(() -> new IllegalStateException("No agreement step " + stepId));
    String text = items.agendaEntriesOf(step.itemId()).stream().filter(e -> meetingId.equals(e.meetingId()))
        .map(AgendaEntry::decisionText).filter(t -> t != null).findFirst().orElse(null);
    store.decideStep(stepId, outcome, text, meetingId, EngineClock.now());
    Outcome o = Outcome.valueOf(outcome);
    ForumDecision decision = o.forumDecision();
    long agreementId = store.agreementOfStep(stepId);
    store.event(agreementId, "DECIDED", step.kind().danish() + ": " + o.danish()
        + (text == null ? "" : ": " + text), "system", EngineClock.now());
    // What the outcome means is Outcome's to say (ADR 0052), not a list of outcome names here.
    return decision.approves() ? CollaborationAgreementProcess.APPROVED : CollaborationAgreementProcess.SENT_BACK;
  }
}
