package dk.nordjylland.governance.agreement;

import java.util.List;

/**
 * Starts an agreement: a new one (terms of reference to FFU first, unless withTermsOfReference is false) or a
 * revision of an existing one (revisesId). Groups are Camunda group ids; empty: the configured defaults.
 *
 * @param partyApprovals the parties that approve it themselves; null: the configured ones, empty: none
 * @param ffuMeetingId the FFU meeting its first FFU step goes to; null: FFU's next open meeting
 */
public record AgreementStart(
    String title,
    String caseNumber,
    Long revisesId,
    Boolean withTermsOfReference,
    String workingGroup,
    String networkGroup,
    String responsibleGroup,
    List<AgreementProperties.PartyApprovalSetting> partyApprovals,
    VersionInput firstVersion,
    String ffuMeetingId) {}
