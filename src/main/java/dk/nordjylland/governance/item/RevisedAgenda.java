package dk.nordjylland.governance.item;

import java.time.LocalDateTime;

/** A revised agenda sent to the members (ADR 0058): its version, the note, who sent it (a user id) and when. */
public record RevisedAgenda(int version, String note, String sentBy, LocalDateTime sentAt) {}
