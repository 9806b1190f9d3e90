package dk.nordjylland.governance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.support.GovernanceTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GovernanceTest
class IdentitySyncTest {

  @Autowired IdentitySync sync;
  @Autowired TasklistFilters filters;
  @Autowired MasterData masterData;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @Test
  void everyRoleOfEveryForumIsAGroupWithADanishName() {
    assertThat(masterData.forums()).hasSizeGreaterThanOrEqualTo(8);
    for (Forum forum : masterData.forums()) {
      for (ForumRole role : ForumRole.values()) {
        Group group = identityService.createGroupQuery().groupId(role.groupId(forum.id())).singleResult();
        assertThat(group).as(role.groupId(forum.id())).isNotNull();
        assertThat(group.getName()).startsWith(forum.shortName() + " – ");
      }
    }
    assertThat(identityService.createGroupQuery().groupId("ffu-chair").singleResult().getName())
        .isEqualTo("FFU – mødeleder");
    assertThat(identityService.createGroupQuery().groupId("plo-chairmanship").count()).isEqualTo(1);
    assertThat(identityService.createGroupQuery().groupId(GroupIds.PROCESS_OWNERS).count()).isEqualTo(1);
  }

  @Test
  void peopleAreInTheGroupsOfTheirRolesAndTheChairIsAlsoAMember() {
    assertThat(groupsOf("karen.lund")).contains("ffu-secretariat", "fu-secretariat", "ssf-secretariat")
        .doesNotContain("ffu-members");
    assertThat(groupsOf("mads.kjaer")).contains("ffu-chair", "ffu-members");
    assertThat(groupsOf("lone.berg")).containsExactly("ffu-members");
    assertThat(groupsOf("jens.bach")).contains("plo-chairmanship", "ffu-members");
    assertThat(groupsOf("ida.winther")).containsExactly("process-owners");
  }

  @Test
  void groupsMayUseTheTasklistAndOnlyProcessOwnersTheCockpit() {
    assertThat(authorizationService.isUserAuthorized("lone.berg", groupsOf("lone.berg"), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(authorizationService.isUserAuthorized("lone.berg", groupsOf("lone.berg"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizationService.isUserAuthorized("ida.winther", groupsOf("ida.winther"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isTrue();
  }

  @Test
  void synchronisingAgainChangesNothing() {
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long memberships = identityService.createUserQuery().memberOfGroup("ffu-members").count();
    sync.synchronise();
    filters.synchronise();
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createUserQuery().memberOfGroup("ffu-members").count()).isEqualTo(memberships);
  }

  List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
