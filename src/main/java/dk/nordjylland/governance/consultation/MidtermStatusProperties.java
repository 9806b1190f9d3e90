package dk.nordjylland.governance.consultation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code governance.midterm-status}: the mid-term status of the health agreement (midterm-status.bpmn). Forum and
 * group ids live here and in the master data, not in Java (ADR 0052).
 *
 * @param healthAgreement the agreement the status is about, as its title says it ("Sundhedsaftalen 2024-2027")
 * @param firstForum the forum the replies go before first, whose secretariat owns the status (FFU)
 * @param secondForum the forum after it (SSF)
 * @param finalForum the forum of the final approval (SSU)
 * @param respondents the groups that fill in the status (the clusters' secretaries, the coordination group)
 */
@ConfigurationProperties("governance.midterm-status")
public record MidtermStatusProperties(
    String healthAgreement,
    String firstForum,
    String secondForum,
    String finalForum,
    List<String> respondents) {

  public MidtermStatusProperties {
    for (String[] value : new String[][] {{healthAgreement, "health-agreement"}, {firstForum, "first-forum"},
        {secondForum, "second-forum"}, {finalForum, "final-forum"}}) {
      if (value[0] == null || value[0].isBlank()) {
        throw new IllegalStateException("governance.midterm-status." + value[1] + " is not configured");
      }
    }
    if (respondents == null || respondents.isEmpty()) {
      throw new IllegalStateException("governance.midterm-status.respondents is not configured");
    }
    respondents = List.copyOf(respondents);
  }
}
