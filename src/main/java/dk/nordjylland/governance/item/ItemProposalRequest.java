package dk.nordjylland.governance.item;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.nordjylland.governance.validation.UserInputException;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/items}: a proposal's fields. The proposer is always the logged-in user; a
 * {@code proposedBy} naming anyone else is refused (issue 13), so a client that believes it can propose in
 * another's name learns that it cannot instead of being silently overruled.
 */
class ItemProposalRequest {

  @JsonUnwrapped
  private ItemProposal proposal;

  @Schema(description = "not to be given: the proposer is the logged-in user", hidden = true)
  private String proposedBy;

  public void setProposal(ItemProposal proposal) {
    this.proposal = proposal;
  }

  public void setProposedBy(String proposedBy) {
    this.proposedBy = proposedBy;
  }

  /** The proposal of the given user; refuses a body that names another proposer. */
  ItemProposal proposalOf(String user) {
    if (proposedBy != null && !proposedBy.isBlank() && !proposedBy.strip().equals(user)) {
      throw new UserInputException("Punktet kan ikke foreslås: du foreslår punkter i dit eget navn ("
          + user + "); 'proposedBy' kan ikke angive en anden.");
    }
    return proposal == null ? ItemProposal.standing(null, null, null) : proposal;
  }
}
