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
 * @param recommendingForum the forum that approves the terms of reference and recommends the agreement onward (FFU);
 *     its members are told of the publication, its secretariat receives the yearly indicator follow-up
 * @param approvingForum the forum that approves the agreement after the recommendation (SSF)
 * @param finalForum the forum that gives the final approval (SSU)
 * @param readerForums the forums whose people see the agreements' process instances in Cockpit
 */
@ConfigurationProperties("governance.agreement")
public record AgreementProperties(
    @DefaultValue("P1Y") String indicatorFollowUpInterval,
    @DefaultValue("4") int revisionYears,
    @DefaultValue("15") int hearingWorkingDays,
    String hearingOwnerGroup,
    @DefaultValue("10") int taskWorkingDays,
    String coordinationGroup,
    String defaultWorkingGroup,
    String defaultNetworkGroup,
    List<PartyApprovalSetting> partyApprovals,
    List<String> starterGroups,
    String recommendingForum,
    String approvingForum,
    String finalForum,
    List<String> readerForums) {

  // Forum and group ids live in application.yaml (governance.agreement.*), not in Java (ADR 0052).
  public AgreementProperties {
    required(hearingOwnerGroup, "hearing-owner-group");
    required(coordinationGroup, "coordination-group");
    required(defaultWorkingGroup, "default-working-group");
    required(defaultNetworkGroup, "default-network-group");
    required(recommendingForum, "recommending-forum");
    required(approvingForum, "approving-forum");
    required(finalForum, "final-forum");
    readerForums = readerForums == null ? List.of() : List.copyOf(readerForums);
    partyApprovals = partyApprovals == null ? List.of() : List.copyOf(partyApprovals);
    starterGroups = starterGroups == null ? List.of() : List.copyOf(starterGroups);
  }

  private static void required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("governance.agreement." + name + " is not configured");
    }
  }

  /** The forum that decides a step of the agreement. */
  public String forumOf(StepKind kind) {
    return switch (kind) {
      case TERMS_OF_REFERENCE, FFU_RECOMMENDATION -> recommendingForum;
      case SSF_APPROVAL -> approvingForum;
      case SSU_APPROVAL -> finalForum;
    };
  }

  /** A party whose own approval an agreement needs: its group answers within so many working days. */
  public record PartyApprovalSetting(String group, String name, int workingDays) {}
}
