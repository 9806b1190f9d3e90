package dk.nordjylland.governance.agreement;

/** Where an agreement is (gov_agreement.status). */
public enum AgreementStatus {
  /** Started, on its way through the forums. */
  IN_PROGRESS("Under behandling"),
  /** Approved by the final forum and published; in force until revised. */
  PUBLISHED("I kraft"),
  /** Replaced by a published revision. */
  REVISED("Afløst af en revision");

  private final String danish;

  AgreementStatus(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
