package dk.nordjylland.governance.consultation;

import java.time.LocalDateTime;

/**
 * A mid-term status: when (by whom, with what note) it was sent to Sundhedsstyrelsen, and what the secretariat
 * changed after the last time a forum did not approve it.
 */
public record MidtermStatusRecord(long consultationId, LocalDateTime sentAt, String sentBy, String sentNote,
    String revisionNote) {}
