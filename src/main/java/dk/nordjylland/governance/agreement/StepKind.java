package dk.nordjylland.governance.agreement;

/**
 * The forum steps of an agreement, each an agenda item in that forum's meeting cycle; which forum decides a step is
 * configuration ({@link AgreementProperties#forumOf}).
 */
public enum StepKind {
  TERMS_OF_REFERENCE("Kommissorium til godkendelse i FFU"),
  FFU_RECOMMENDATION("Til anbefaling i FFU"),
  SSF_APPROVAL("Til godkendelse i SSF"),
  SSU_APPROVAL("Til endelig godkendelse i SSU");

  private final String danish;

  StepKind(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
