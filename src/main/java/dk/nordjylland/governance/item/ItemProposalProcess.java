package dk.nordjylland.governance.item;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import dk.nordjylland.governance.task.TaskForm;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.List;

/** processes/item-proposal.bpmn: a proposal from the screen "Foreslå punkt" (the Tasklist's "Start process"). */
public final class ItemProposalProcess {

  public static final String KEY = "itemProposal";
  /** Set by camunda:initiator from the logged-in user. */
  public static final VariableFactory<String> PROPOSED_BY = stringVariable("proposedBy");
  /** All that stays in the process: the id of the registered item. */
  public static final VariableFactory<Long> ITEM_ID = longVariable("itemId");

  /** The start form's fields; they move into our tables and leave the process. */
  public static final VariableFactory<String> FORUM_ID = stringVariable("forumId");
  /** The meeting chosen on the screen (its field "meeting"), or none: the forum's next open meeting. */
  public static final VariableFactory<String> MEETING_ID = stringVariable("meetingId");
  public static final VariableFactory<String> TITLE = stringVariable("title");
  public static final VariableFactory<String> CASE_NUMBER = stringVariable("caseNumber");
  public static final VariableFactory<String> SUMMARY = stringVariable("summary");
  public static final VariableFactory<String> PRESENTATION = stringVariable("presentation");
  public static final VariableFactory<String> ECONOMY = stringVariable("economy");
  public static final VariableFactory<String> FURTHER_PROCESSING = stringVariable("furtherProcessing");
  public static final VariableFactory<String> PROPOSER_BODY = stringVariable("proposerBody");
  /** One recommendation per line. */
  public static final VariableFactory<String> RECOMMENDATIONS = stringVariable("recommendations");
  /** One attachment title per line ("eftersendes" at the end announces a file that comes later). */
  public static final VariableFactory<String> ATTACHMENTS = stringVariable("attachments");
  static final List<VariableFactory<String>> FORM_FIELDS = List.of(FORUM_ID, MEETING_ID, TITLE, CASE_NUMBER, SUMMARY,
      PRESENTATION, ECONOMY, FURTHER_PROCESSING, PROPOSER_BODY, RECOMMENDATIONS, ATTACHMENTS);

  /** The proposal screen's field for the meeting. */
  public static final String MEETING_FIELD = "meeting";

  public static final class Elements {
    public static final String START = "startEvent_itemProposed";

    private Elements() {}
  }

  /** The start event's screen and its fields. */
  public static final class Forms {
    public static final TaskForm START = TaskForm.screen(Elements.START, "propose-item").with(FORUM_ID, TITLE,
        CASE_NUMBER, SUMMARY, PRESENTATION, ECONOMY, FURTHER_PROCESSING, PROPOSER_BODY, RECOMMENDATIONS, ATTACHMENTS)
        .withFields(MEETING_FIELD);

    private Forms() {}
  }

  private ItemProposalProcess() {}
}
