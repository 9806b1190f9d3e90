package dk.nordjylland.governance.agreement;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A collaboration agreement (gov_agreement). */
public record Agreement(
    Long id,
    String title,
    String caseNumber,
    AgreementKind kind,
    Long revisesId,
    boolean withTermsOfReference,
    String workingGroup,
    String networkGroup,
    String responsibleGroup,
    AgreementStatus status,
    String processInstanceId,
    String createdBy,
    LocalDateTime createdAt,
    LocalDateTime publishedAt,
    LocalDate revisionDue) {}
