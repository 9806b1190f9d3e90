package dk.nordjylland.governance.consultation;

/** CREATED: stored, no process yet; OPEN: replies accepted (late ones too); CLOSED: no more replies. */
public enum ConsultationStatus {
  CREATED,
  OPEN,
  CLOSED
}
