package dk.nordjylland.governance.consultation;

/** What a reply holds: a text answer, or a designated person (name and e-mail) with an optional remark. */
public enum ConsultationKind {
  TEXT,
  CONTACT_PERSON
}
