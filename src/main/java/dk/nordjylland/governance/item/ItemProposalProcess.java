package dk.nordjylland.governance.item;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.List;

/** processes/item-proposal.bpmn: a proposal from the Tasklist's "Start process". */
public final class ItemProposalProcess {

  public static final String KEY = "itemProposal";
  /** Set by camunda:initiator from the logged-in user. */
  public static final VariableFactory<String> PROPOSED_BY = stringVariable("proposedBy");
  /** All that stays in the process: the id of the registered item. */
  public static final VariableFactory<Long> ITEM_ID = longVariable("itemId");
  /** The start form's fields; they move into our tables and leave the process. */
  static final List<String> FORM_FIELDS = List.of("forumId", "meetingId", "title", "caseNumber", "summary",
      "presentation", "economy", "furtherProcessing", "proposerBody", "recommendations", "attachments");

  private ItemProposalProcess() {}
}
