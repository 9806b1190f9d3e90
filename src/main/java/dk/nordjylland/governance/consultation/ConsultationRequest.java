package dk.nordjylland.governance.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * A consultation to open: a question that each respondent (a Camunda user or group id: a cluster, a
 * municipality, the coordination group, ...) answers by {@code replyBy}.
 *
 * @param ownerGroup the secretariat (group id) that chases missing replies and closes the consultation
 * @param forumId nullable: when set, the replies are put before this forum as an agenda item and the process
 *     waits for its decision
 */
public record ConsultationRequest(String subject, String question, String ownerGroup, List<String> respondents,
    LocalDate replyBy, String forumId) {

  public ConsultationRequest {
    respondents = respondents == null ? List.of() : List.copyOf(respondents);
  }
}
