package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.item.ForumDecisionProcess.DECISION_MEETING_ID;
import static dk.nordjylland.governance.item.ForumDecisionProcess.Elements.*;
import static dk.nordjylland.governance.item.ForumDecisionProcess.ITEM_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.FlowNodeCoverage;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ProcessCoverageTest;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/forum-decision.bpmn, driven by real meeting cycles of FFU. */
@ProcessCoverageTest
class ForumDecisionProcessTest {

  static final LocalDateTime FIRST = LocalDateTime.of(2025, 8, 22, 12, 0);
  static final LocalDateTime SECOND = LocalDateTime.of(2025, 9, 23, 12, 0);
  static final Set<String> STARTED = new HashSet<>();
  static ProcessEngine usedEngine;

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun meetingRun;
  @Autowired ItemProposals itemProposals;
  @Autowired Items items;

  @BeforeEach
  void setUp() {
    init(engine);
    usedEngine = engine;
    Clock.set(FIRST.minusDays(40));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @AfterAll
  static void everyFlowNodeIsCovered() {
    assertThat(FlowNodeCoverage.missed(usedEngine, ForumDecisionProcess.KEY, STARTED))
        .as("flow nodes of the forum decision that no test passed").isEmpty();
  }

  long propose(String meetingId, String title) {
    return itemProposals.propose(new ItemProposal("ffu", meetingId, title, null, "Resumé.", null, null, null, null,
        List.of("Godkender."), List.of()), "karen.lund");
  }

  ProcessInstance awaitDecision(long itemId) {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(ForumDecisionProcess.KEY,
        Variables.createVariables().putValue(ForumDecisionProcess.ITEM_ID.getName(), itemId));
    STARTED.add(instance.getId());
    return instance;
  }

  @Test
  void aPostponedItemWaitsForTheNextMeetingAndTheDecisionThereEndsTheWait() {
    String first = meetingRun.start("ffu", FIRST);
    String second = meetingRun.start("ffu", SECOND);
    long itemId = propose(first, "Godkendelse: Samarbejdsaftale om osteoporose");
    ProcessInstance decision = awaitDecision(itemId);
    assertThat(decision).isWaitingAt(ITEM_DECIDED);

    meetingRun.hold(first, id -> id == itemId
        ? new DecisionInput(id, Outcome.POSTPONED, null, null, second, null, null, null)
        : new DecisionInput(id, Outcome.TAKEN_TO_NOTICE, null, null, null, null, null, null));
    assertThat(meetingRun.runJobs(ForumDecisionProcess.KEY)).isEqualTo(1);
    assertThat(decision).hasPassed(DECISION_FINAL).isWaitingAt(ITEM_DECIDED).isNotEnded();
    assertThat(items.get(itemId).meetingId()).isEqualTo(second);

    meetingRun.hold(second, Map.of(itemId, Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(decision).hasPassed(DECIDED).isEnded()
        .variables().containsEntry(ITEM_OUTCOME.getName(), "APPROVED").containsEntry(DECISION_MEETING_ID.getName(),
        second);
  }

  @Test
  void eachWaitingProcessGetsTheDecisionOnItsOwnItemOnly() {
    String meeting = meetingRun.start("ffu", FIRST);
    long approved = propose(meeting, "Godkendelse: Kommissorium for arbejdsgruppen");
    long notApproved = propose(meeting, "Godkendelse: Revideret samarbejdsaftale");
    long nobodyWaits = propose(meeting, "Orientering: Status");
    ProcessInstance first = awaitDecision(approved);
    ProcessInstance second = awaitDecision(notApproved);

    meetingRun.hold(meeting, Map.of(approved, Outcome.APPROVED, notApproved, Outcome.NOT_APPROVED,
        nobodyWaits, Outcome.TAKEN_TO_NOTICE));
    assertThat(meetingRun.runJobs(ForumDecisionProcess.KEY)).isEqualTo(2);

    assertThat(first).isEnded().variables().containsEntry(ITEM_OUTCOME.getName(), "APPROVED");
    assertThat(second).isEnded().variables().containsEntry(ITEM_OUTCOME.getName(), "NOT_APPROVED")
        .containsEntry(DECISION_MEETING_ID.getName(), meeting);
  }
}
