package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.item.ForumDecisionProcess.DECISION_MEETING_ID;
import static dk.nordjylland.governance.item.ForumDecisionProcess.Elements.DECIDED;
import static dk.nordjylland.governance.item.ForumDecisionProcess.Elements.ITEM_DECIDED;
import static dk.nordjylland.governance.item.ForumDecisionProcess.ITEM_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ADR 0058 in the processes: a late item on a sent agenda goes on as a screened item does (its history the same, the
 * process waiting for the forum's decision gets the meeting's decision); a withdrawn item is no decision, so its
 * waiting process goes on waiting, and it comes back to the next meeting's screening, where it is decided. FFU
 * meetings in 2207.
 */
@GovernanceTest
class RevisedAgendaProcessTest {

  static final LocalDateTime FIRST = LocalDateTime.of(2207, 2, 10, 9, 0);
  static final LocalDateTime SECOND = LocalDateTime.of(2207, 3, 10, 9, 0);

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired ItemProposals proposals;
  @Autowired Items items;
  @Autowired Screening screening;
  @Autowired LateItemAddition lateItems;
  @Autowired AgendaItemWithdrawal withdrawal;
  @Autowired RevisedAgendaSending sending;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theLateItemIsDecidedAsAScreenedItemAndTheWithdrawnItemComesBackToTheNextScreening() {
    init(engine);
    Clock.set(FIRST.minusDays(40));
    String first = run.start("ffu", FIRST);
    String second = run.start("ffu", SECOND);
    long screened = propose(first, "Godkendelse: Kommissorium for arbejdsgruppen om demens");
    long withdrawn = propose(first, "Godkendelse: Samarbejdsaftale om osteoporose");
    long late = propose(second, "Beslutning: Fælles indsats for akutpladser");
    ProcessInstance lateWaits = awaitDecision(late);
    ProcessInstance withdrawnWaits = awaitDecision(withdrawn);
    run.toMeeting(first);

    lateItems.add(first, late, null, "karen.lund");
    withdrawal.withdraw(first, withdrawn, "Aftalen er ikke klar; den behandles på næste møde.", "karen.lund");
    assertThat(sending.send(first, "Tillægspunkt om akutpladser; osteoporose udgår.", "karen.lund")).isEqualTo(2);

    // Where the screening puts an item: on the agenda of the meeting, and the same steps in its history.
    assertThat(items.get(late).status()).isEqualTo(items.get(screened).status()).isEqualTo(ItemStatus.ON_AGENDA);
    assertThat(items.get(late).meetingId()).isEqualTo(first);
    assertThat(kinds(late)).isEqualTo(kinds(screened)).isEqualTo(List.of(ItemEventKind.PROPOSED,
        ItemEventKind.ACCEPTED));

    Clock.set(FIRST.plusHours(1));
    run.finish(first, id -> id == late
        ? new DecisionInput(id, Outcome.APPROVED, "Godkendt.", null, null, null, null, null)
        : new DecisionInput(id, Outcome.TAKEN_TO_NOTICE, null, null, null, null, null, null));
    assertThat(run.runJobs(ForumDecisionProcess.KEY)).isEqualTo(1);
    assertThat(lateWaits).hasPassed(DECIDED).isEnded().variables()
        .containsEntry(ITEM_OUTCOME.getName(), "APPROVED").containsEntry(DECISION_MEETING_ID.getName(), first);
    // No decision on the withdrawn item at the first meeting: its process still waits.
    assertThat(withdrawnWaits).isWaitingAt(ITEM_DECIDED).isNotEnded();

    // The next meeting's screening has it again, and its decision there ends the wait.
    assertThat(items.get(withdrawn).meetingId()).isEqualTo(second);
    assertThat(screening.screenable(second)).extracting(Item::id).contains(withdrawn);
    Clock.set(SECOND.minusDays(20));
    run.hold(second, Map.of(withdrawn, Outcome.APPROVED));
    run.runJobs(ForumDecisionProcess.KEY);
    assertThat(withdrawnWaits).hasPassed(DECIDED).isEnded().variables()
        .containsEntry(ITEM_OUTCOME.getName(), "APPROVED").containsEntry(DECISION_MEETING_ID.getName(), second);
  }

  long propose(String meetingId, String title) {
    return proposals.propose(new ItemProposal("ffu", meetingId, title, null, "Resumé.", null, null, null, null,
        List.of("Godkender."), List.of()), "karen.lund");
  }

  ProcessInstance awaitDecision(long itemId) {
    return engine.getRuntimeService().startProcessInstanceByKey(ForumDecisionProcess.KEY,
        Variables.createVariables().putValue(ForumDecisionProcess.ITEM_ID.getName(), itemId));
  }

  List<ItemEventKind> kinds(long itemId) {
    return items.history(itemId).stream().map(ItemEvent::kind).toList();
  }
}
