package dk.nordjylland.governance.security.enginerest;

import dk.nordjylland.governance.masterdata.ForumRole;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** Who a task is for: its assignee and owner, its candidate users and candidate groups. */
record TaskParties(String assignee, String owner, Set<String> candidateUsers, Set<String> candidateGroups) {

  static TaskParties of(Task task, Iterable<IdentityLink> links) {
    Set<String> users = new HashSet<>();
    Set<String> groups = new HashSet<>();
    for (IdentityLink link : links) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return new TaskParties(task.getAssignee(), task.getOwner(), Set.copyOf(users), Set.copyOf(groups));
  }

  /** The caller works on this task: assigned to it, its owner, or one of its candidates. */
  boolean involves(Caller caller) {
    return caller.userId().equals(assignee) || caller.userId().equals(owner) || isCandidate(caller.userId(),
        caller.groups());
  }

  boolean isCandidate(String userId, Set<String> groupsOfUser) {
    return candidateUsers.contains(userId) || groupsOfUser.stream().anyMatch(candidateGroups::contains);
  }

  /** The caller is in a secretariat group that is a candidate group of the task: the one who hands out its work. */
  boolean isSecretariatOf(Caller caller) {
    return candidateGroups.stream().anyMatch(g -> ForumRole.SECRETARIAT.isRoleGroup(g) && caller.groups().contains(g));
  }
}
