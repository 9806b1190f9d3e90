package dk.nordjylland.governance.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * Who may see and feed a forum: the one place that answers it, for the engine (the process instances of a forum)
 * and for our API. A forum's people are the members of any of its role groups ({@code <forum>-members},
 * {@code -chair}, {@code -secretariat}) and of its pre-meeting's groups (the municipal pre-meeting prepares SSF);
 * process owners and administrators read every forum. Who may propose items is configuration
 * ({@link ProposalProperties}).
 */
@Service
public class ForumAccess {

  private final AuthorizationService authorizationService;
  private final IdentityService identityService;
  private final Directory directory;
  private final MasterData masterData;
  private final ProposalProperties proposals;

  ForumAccess(AuthorizationService authorizationService, IdentityService identityService, Directory directory,
      MasterData masterData, ProposalProperties proposals) {
    this.authorizationService = authorizationService;
    this.identityService = identityService;
    this.directory = directory;
    this.masterData = masterData;
    this.proposals = proposals;
  }

  public void grantInstanceRead(String processInstanceId, String forumId) {
    for (ForumRole role : ForumRole.values()) {
      Authorization auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(role.groupId(forumId));
      auth.setResource(Resources.PROCESS_INSTANCE);
      auth.setResourceId(processInstanceId);
      auth.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(auth);
    }
  }

  /** The logged-in user of this request (our API runs every call as its user). */
  public String currentUser() {
    Authentication auth = identityService.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      throw new IllegalStateException("No authenticated user");
    }
    return auth.getUserId();
  }

  /** What the user may read: asked once per request, the answers below need no further lookups. */
  public Reader reader(String userId) {
    return new Reader(userId, directory.groupsOf(userId));
  }

  /** {@link #reader} for the logged-in user. */
  public Reader currentReader() {
    return reader(currentUser());
  }

  /** The groups whose members may propose items to the forum: configured, else the forum's own groups. */
  public List<String> proposerGroups(String forumId) {
    List<String> configured = proposals.proposals().get(forumId);
    return configured != null ? configured : roleGroups(forumId);
  }

  /** The forum's proposer groups, and administrators (who may do everything else in the system too). */
  public boolean mayPropose(String userId, String forumId) {
    Reader reader = reader(userId);
    return reader.is(GroupIds.CAMUNDA_ADMIN) || proposerGroups(forumId).stream().anyMatch(reader::is);
  }

  private static List<String> roleGroups(String forumId) {
    return Arrays.stream(ForumRole.values()).map(r -> r.groupId(forumId)).toList();
  }

  /** One user's reading rights. */
  public final class Reader {

    private final String userId;
    private final Set<String> groups;

    private Reader(String userId, Set<String> groups) {
      this.userId = userId;
      this.groups = groups;
    }

    public String userId() {
      return userId;
    }

    /** Process owners (read-only, every forum) and administrators. */
    public boolean readsAll() {
      return groups.contains(GroupIds.PROCESS_OWNERS) || groups.contains(GroupIds.CAMUNDA_ADMIN);
    }

    /** In one of the forum's groups, or of its pre-meeting's (the same forums the engine lets see a cycle). */
    public boolean belongsTo(String forumId) {
      if (forumId == null) {
        return false;
      }
      if (roleGroups(forumId).stream().anyMatch(groups::contains)) {
        return true;
      }
      return masterData.forums().stream().filter(f -> forumId.equals(f.preMeetingOf())).map(Forum::id)
          .anyMatch(pre -> roleGroups(pre).stream().anyMatch(groups::contains));
    }

    /** The forum's meetings, pipeline, agendas, items, documents and actions. */
    public boolean mayRead(String forumId) {
      return readsAll() || belongsTo(forumId);
    }

    /** The user is this person or a member of this group (an owner, respondent or party named by id). */
    public boolean is(String userOrGroup) {
      return userOrGroup != null && (userOrGroup.equals(userId) || groups.contains(userOrGroup));
    }
  }
}
