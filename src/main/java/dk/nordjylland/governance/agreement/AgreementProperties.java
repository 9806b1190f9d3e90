package dk.nordjylland.governance.agreement;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code governance.agreement}: the schedule and defaults of collaboration agreements.
 *
 * @param indicatorFollowUpInterval ISO-8601 period between the yearly follow-ups of a published agreement's
 *     indicators (timer cycle {@code R/<interval>})
 * @param revisionYears a published agreement is due for revision after this many years
 * @param hearingWorkingDays the reply deadline of the hearing in the network group, in working days from its start
 * @param hearingOwnerGroup the secretariat that owns the hearing's consultation: it is told when the reply deadline
 *     has passed and closes the hearing for late replies
 * @param taskWorkingDays the due date of the other tasks, in working days from their start
 * @param coordinationGroup the coordination group's Camunda group: prepares agreements, clears reservations
 * @param defaultWorkingGroup the working group's Camunda group when a start gives none
 * @param defaultNetworkGroup the network group's (secretariat's) Camunda group when a start gives none
 * @param partyApprovals the parties that approve every agreement themselves, unless a start lists its own
 * @param starterGroups groups whose members may start agreements and register versions
 */
@ConfigurationProperties("governance.agreement")
public record AgreementProperties(
    @DefaultValue("P1Y") String indicatorFollowUpInterval,
    @DefaultValue("4") int revisionYears,
    @DefaultValue("15") int hearingWorkingDays,
    @DefaultValue("koordineringsgruppen-secretariat") String hearingOwnerGroup,
    @DefaultValue("10") int taskWorkingDays,
    @DefaultValue("koordineringsgruppen-members") String coordinationGroup,
    @DefaultValue("koordineringsgruppen-secretariat") String defaultWorkingGroup,
    @DefaultValue("koordineringsgruppen-secretariat") String defaultNetworkGroup,
    List<PartyApprovalSetting> partyApprovals,
    List<String> starterGroups) {

  public AgreementProperties {
    partyApprovals = partyApprovals == null ? List.of() : List.copyOf(partyApprovals);
    starterGroups = starterGroups == null ? List.of() : List.copyOf(starterGroups);
  }

  /** A party whose own approval an agreement needs: its group answers within so many working days. */
  public record PartyApprovalSetting(String group, String name, int workingDays) {}
}
