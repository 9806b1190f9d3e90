package dk.nordjylland.governance.agreement;

/** Whether an agreement is new or revises a published one (gov_agreement.kind). */
public enum AgreementKind {
  NEW,
  REVISION
}
