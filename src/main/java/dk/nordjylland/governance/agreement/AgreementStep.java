package dk.nordjylland.governance.agreement;

import java.time.LocalDateTime;

/** A forum step of an agreement: the item, the version it was proposed with, and the decision. */
public record AgreementStep(
    Long id,
    String kind,
    String forumId,
    Long itemId,
    Long versionId,
    Integer versionNumber,
    String meetingId,
    String outcome,
    String decisionText,
    LocalDateTime startedAt,
    LocalDateTime decidedAt) {}
