package dk.nordjylland.governance.item;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The reusable forum step (processes/forum-decision.bpmn): a process that has proposed an item to a
 * forum calls it with the item's id and gets back the outcome from the approved minutes of the meeting
 * that decided it. Postponed and untreated items wait for the next meeting inside it.
 */
public final class ForumDecisionProcess {

  public static final String KEY = "forumDecision";
  /** Sent when minutes are approved, once per decided item, correlated by {@link #ITEM_ID}. */
  public static final String MESSAGE_ITEM_DECIDED = "item.decided";

  /** In: the item the forum is to decide. */
  public static final VariableFactory<Long> ITEM_ID = longVariable("itemId");
  /** Out: {@link Outcome#name()} of the decision. */
  public static final VariableFactory<String> ITEM_OUTCOME = stringVariable("itemOutcome");
  /**
   * Out: {@link ForumDecision#name()}, what the decision means to the waiting process ({@link Outcome#forumDecision()});
   * the gateways read this, never the outcome's name.
   */
  public static final VariableFactory<String> FORUM_DECISION = stringVariable("forumDecision");
  /** Out: the meeting that decided it. */
  public static final VariableFactory<String> DECISION_MEETING_ID = stringVariable("decisionMeetingId");

  public static final class Elements {
    public static final String ITEM_DECIDED = "event_itemDecided";
    public static final String DECISION_FINAL = "gateway_decisionFinal";
    public static final String DECIDED = "endEvent_itemDecided";

    private Elements() {}
  }

  private ForumDecisionProcess() {}
}
