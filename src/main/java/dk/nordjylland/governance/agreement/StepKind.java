package dk.nordjylland.governance.agreement;

/** The forum steps of an agreement, each an agenda item in that forum's meeting cycle. */
public enum StepKind {
  TERMS_OF_REFERENCE("ffu", "Kommissorium til godkendelse i FFU"),
  FFU_RECOMMENDATION("ffu", "Til anbefaling i FFU"),
  SSF_APPROVAL("ssf", "Til godkendelse i SSF"),
  SSU_APPROVAL("ssu", "Til endelig godkendelse i SSU");

  private final String forumId;
  private final String danish;

  StepKind(String forumId, String danish) {
    this.forumId = forumId;
    this.danish = danish;
  }

  public String forumId() {
    return forumId;
  }

  public String danish() {
    return danish;
  }
}
