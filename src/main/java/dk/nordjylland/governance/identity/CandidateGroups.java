package dk.nordjylland.governance.identity;

import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The candidate groups of the models' user tasks (bean {@code candidateGroups}): "${forumId}-chair" would take a
 * forumId of "ffu-secretariat,ffu" as two groups, so a variable could widen who gets a task. Here a forum id must
 * name a forum and a group id a group, one each; anything else stops the step with a Danish message.
 */
public class CandidateGroups {

  private final Predicate<String> knownForum;
  private final Predicate<String> knownGroup;

  public CandidateGroups(Predicate<String> knownForum, Predicate<String> knownGroup) {
    this.knownForum = knownForum;
    this.knownGroup = knownGroup;
  }

  public String secretariat(String forumId) {
    return ForumRole.SECRETARIAT.groupId(forum(forumId));
  }

  public String chair(String forumId) {
    return ForumRole.CHAIR.groupId(forum(forumId));
  }

  public String members(String forumId) {
    return ForumRole.MEMBER.groupId(forum(forumId));
  }

  public List<String> chairAndSecretariat(String forumId) {
    return List.of(chair(forumId), secretariat(forumId));
  }

  /** One existing group, or none (a task for a person only). */
  public String group(String groupId) {
    if (groupId == null || groupId.isBlank()) {
      return null;
    }
    if (!isSingleId(groupId) || !knownGroup.test(groupId)) {
      throw new UserInputException("Gruppen '" + groupId + "' findes ikke.");
    }
    return groupId;
  }

  private String forum(String forumId) {
    if (forumId == null || !isSingleId(forumId) || !knownForum.test(forumId)) {
      throw new UserInputException("Forummet '" + forumId + "' findes ikke.");
    }
    return forumId;
  }

  private static boolean isSingleId(String id) {
    return id.matches("[a-zA-Z0-9][a-zA-Z0-9.-]*");
  }

  @Configuration(proxyBeanMethods = false)
  static class Factory {

    @Bean
    CandidateGroups candidateGroups(MasterData masterData, Directory directory) {
      return new CandidateGroups(id -> masterData.forum(id).isPresent(), directory::isGroup);
    }
  }
}
