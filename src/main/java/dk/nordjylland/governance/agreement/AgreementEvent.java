package dk.nordjylland.governance.agreement;

import java.time.LocalDateTime;

/** Something that happened to an agreement (hearing, preparation, answers, publication, ...). */
public record AgreementEvent(Long id, String kind, String text, String actor, LocalDateTime at) {}
