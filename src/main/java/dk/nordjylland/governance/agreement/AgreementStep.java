package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.item.Outcome;
import java.time.LocalDateTime;

/** A forum step of an agreement: the item, the version it was proposed with, and the decision. */
public record AgreementStep(
    Long id,
    StepKind kind,
    String forumId,
    Long itemId,
    Long versionId,
    Integer versionNumber,
    String meetingId,
    Outcome outcome,
    String decisionText,
    LocalDateTime startedAt,
    LocalDateTime decidedAt) {}
