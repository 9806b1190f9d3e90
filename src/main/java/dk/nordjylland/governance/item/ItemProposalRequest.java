package dk.nordjylland.governance.item;

import dk.nordjylland.governance.validation.UserInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of {@code POST /api/items}: a proposal's fields, flat (no {@code @JsonUnwrapped}: with it Jackson drops
 * unknown fields even when told to refuse them, issue 15). The proposer is always the logged-in user; a
 * {@code proposedBy} naming anyone else is refused (issue 13), so a client that believes it can propose in another's
 * name learns that it cannot instead of being silently overruled.
 */
record ItemProposalRequest(
    String forumId,
    String meetingId,
    String title,
    String caseNumber,
    String summary,
    String presentation,
    String economy,
    String furtherProcessing,
    String proposerBody,
    List<String> recommendations,
    List<ItemProposal.AttachmentProposal> attachments,
    @Schema(description = "Orientering, Drøftelse, Godkendelse, Beslutning (or INFORMATION, DISCUSSION, APPROVAL,"
        + " DECISION); without it the kind is read from the title's first word")
    String kind,
    @Schema(description = "guests announced for the item on the agenda, e.g. \"Anne Holm, Region Nordjylland (den"
        + " første time)\"")
    String guests,
    @Schema(description = "a standing item (fast punkt): only the forum's secretariat may propose one")
    Boolean standing,
    @Schema(description = "not to be given: the proposer is the logged-in user", hidden = true)
    String proposedBy) {

  /** The proposal of the given user; refuses a body that names another proposer. */
  ItemProposal proposalOf(String user) {
    if (proposedBy != null && !proposedBy.isBlank() && !proposedBy.strip().equals(user)) {
      throw new UserInputException("Punktet kan ikke foreslås: du foreslår punkter i dit eget navn ("
          + user + "); 'proposedBy' kan ikke angive en anden.");
    }
    return new ItemProposal(forumId, meetingId, title, caseNumber, summary, presentation, economy, furtherProcessing,
        proposerBody, recommendations, attachments);
  }

  /** What the proposal says beyond its texts: kind, guests, standing. */
  ItemProposal.Announced announced() {
    return new ItemProposal.Announced(kind, guests, Boolean.TRUE.equals(standing));
  }
}
