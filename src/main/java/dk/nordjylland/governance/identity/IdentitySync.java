package dk.nordjylland.governance.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import dk.nordjylland.governance.masterdata.ExtraGroup;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes Camunda's users, groups and authorizations match the master data: a group per role per
 * forum plus the extra groups, the people as users in their groups, and what each group may do.
 */
@Component
class IdentitySync {

  static final String GROUP_TYPE = "governance";
  private static final Logger LOG = LoggerFactory.getLogger(IdentitySync.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MasterData masterData;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final IdentityProperties properties;

  IdentitySync(MasterData masterData, IdentityService identityService,
      AuthorizationService authorizationService, IdentityProperties properties) {
    this.masterData = masterData;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.properties = properties;
  }

  @Transactional
  public void synchronise() {
    Map<String, String> groupNames = new LinkedHashMap<>();
    Map<String, Set<String>> members = new HashMap<>();
    Map<String, Forum> forums = new HashMap<>();
    for (Forum forum : masterData.forums()) {
      forums.put(forum.id(), forum);
      groupNames.put(forum.groupId(ForumRole.CHAIR), forum.shortName() + " – " + chairTitle(forum));
      groupNames.put(forum.groupId(ForumRole.MEMBER), forum.shortName() + " – medlemmer");
      groupNames.put(forum.groupId(ForumRole.SECRETARIAT), forum.shortName() + " – sekretariat");
    }
    masterData.memberships().forEach(m -> {
      members.computeIfAbsent(m.role().groupId(m.forumId()), g -> new HashSet<>()).add(m.personId());
      if (m.role() == ForumRole.CHAIR) {
        // The chair is also a member: member tasks (comment rounds) reach the chair too.
        members.computeIfAbsent(ForumRole.MEMBER.groupId(m.forumId()), g -> new HashSet<>()).add(m.personId());
      }
    });
    for (ExtraGroup group : masterData.extraGroups()) {
      groupNames.put(group.id(), group.name());
      members.computeIfAbsent(group.id(), g -> new HashSet<>()).addAll(group.memberIds());
    }

    groupNames.forEach(this::saveGroup);
    masterData.people().forEach(this::saveUser);
    groupNames.keySet().forEach(g -> syncMembers(g, members.getOrDefault(g, Set.of())));
    grantGroupPermissions(groupNames.keySet());
    groupNames.keySet().forEach(g -> grantReadOfMembers(g, members.getOrDefault(g, Set.of())));
    LOG.info("Identity synchronised: {} groups, {} users{}", groupNames.size(), masterData.people().size(),
        properties.enabled() ? " (demo passwords)" : "");
  }

  private static String chairTitle(Forum forum) {
    return forum.chairTitle() == null ? "formand" : forum.chairTitle();
  }

  private void saveGroup(String id, String name) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
    }
    group.setName(name);
    group.setType(GROUP_TYPE);
    identityService.saveGroup(group);
  }

  private void saveUser(Person person) {
    User user = identityService.createUserQuery().userId(person.id()).singleResult();
    boolean isNew = user == null;
    if (isNew) {
      user = identityService.newUser(person.id());
      // Outside the demo a random password nobody knows: an administrator sets the real one.
      // (A user without any password makes Camunda's password check fail with an error.)
      user.setPassword(properties.enabled() ? properties.password() : unknownPassword());
    }
    int space = person.name().lastIndexOf(' ');
    user.setFirstName(space < 0 ? person.name() : person.name().substring(0, space));
    user.setLastName(space < 0 ? "" : person.name().substring(space + 1));
    user.setEmail(person.email());
    identityService.saveUser(user);
  }

  private static String unknownPassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private void syncMembers(String groupId, Set<String> wanted) {
    Set<String> current = new HashSet<>();
    identityService.createUserQuery().memberOfGroup(groupId).list().forEach(u -> current.add(u.getId()));
    for (String userId : wanted) {
      if (!current.contains(userId)) {
        identityService.createMembership(userId, groupId);
      }
    }
    for (String userId : current) {
      if (!wanted.contains(userId)) {
        identityService.deleteMembership(userId, groupId);
      }
    }
  }

  private void grantGroupPermissions(Set<String> groups) {
    for (String group : groups) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // The Tasklist shows names of candidate groups (users: grantReadOfMembers).
      grant(group, Resources.GROUP, "*", Permissions.READ);
      // Everyone in the collaboration may propose agenda items from the Tasklist.
      grant(group, Resources.PROCESS_DEFINITION, "itemProposal", Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    // Process owners watch every process in Cockpit but do not work on tasks of forums they are not in.
    String owners = GroupIds.PROCESS_OWNERS;
    grant(owners, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(owners, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY, Permissions.READ_TASK);
    grant(owners, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(owners, Resources.TASK, "*", Permissions.READ);
    grant(owners, Resources.DEPLOYMENT, "*", Permissions.READ);
    grant(owners, Resources.DECISION_DEFINITION, "*", Permissions.READ);
  }

  /**
   * The members of a group see each other (names in the Tasklist, e-mail addresses), and nobody else: not the list
   * of every user with their e-mail addresses. Grants of users who left the group, and the grant on all users that
   * earlier versions gave, are removed.
   */
  private void grantReadOfMembers(String groupId, Set<String> memberIds) {
    Set<String> granted = new HashSet<>();
    for (Authorization auth : authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(Resources.USER).list()) {
      if (memberIds.contains(auth.getResourceId())) {
        granted.add(auth.getResourceId());
      } else {
        authorizationService.deleteAuthorization(auth.getId());
      }
    }
    memberIds.stream().filter(m -> !granted.contains(m))
        .forEach(m -> grant(groupId, Resources.USER, m, Permissions.READ));
  }

  /** Grants (adds to an existing grant) so that repeated start-ups create nothing twice. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (auth == null) {
      auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      auth.addPermission(permission);
    }
    authorizationService.saveAuthorization(auth);
  }
}
