package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.item.ForumDecisionProcess.DECISION_MEETING_ID;
import static dk.nordjylland.governance.item.ForumDecisionProcess.FORUM_DECISION;
import static dk.nordjylland.governance.item.ForumDecisionProcess.ITEM_ID;
import static dk.nordjylland.governance.item.ForumDecisionProcess.ITEM_OUTCOME;
import static dk.nordjylland.governance.item.ForumDecisionProcess.MESSAGE_ITEM_DECIDED;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Tells the processes waiting for a forum's decision on an item (agreements, consultations, ...) what
 * the approved minutes say. An item nobody waits for is no error: most items are proposed by people.
 */
@Component
class ItemDecisions {

  private final RuntimeService runtimeService;

  ItemDecisions(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Returns how many waiting processes received the decision (0 or 1). */
  int publish(long itemId, Outcome outcome, String meetingId) {
    VariableMap decision = Variables.createVariables();
    ITEM_OUTCOME.on(decision).set(outcome.name());
    FORUM_DECISION.on(decision).set(outcome.forumDecision().name());
    DECISION_MEETING_ID.on(decision).set(meetingId);
    return runtimeService.createMessageCorrelation(MESSAGE_ITEM_DECIDED)
        .processInstanceVariableEquals(ITEM_ID.getName(), itemId)
        .setVariables(decision)
        .correlateAllWithResult()
        .size();
  }
}
