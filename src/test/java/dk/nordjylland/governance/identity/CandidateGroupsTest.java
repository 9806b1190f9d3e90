package dk.nordjylland.governance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nordjylland.governance.validation.UserInputException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A forum or group id in a candidate group expression names one known forum or group, never a list. */
class CandidateGroupsTest {

  final Set<String> forums = Set.of("ffu", "ssu");
  final Set<String> groups = Set.of("ffu-secretariat", "plo-chairmanship");
  final CandidateGroups candidateGroups = new CandidateGroups(forums::contains, groups::contains);

  @Test
  void aKnownForumGivesItsRoleGroups() {
    assertThat(candidateGroups.secretariat("ffu")).isEqualTo("ffu-secretariat");
    assertThat(candidateGroups.chair("ssu")).isEqualTo("ssu-chair");
    assertThat(candidateGroups.members("ffu")).isEqualTo("ffu-members");
    assertThat(candidateGroups.chairAndSecretariat("ffu")).containsExactly("ffu-chair", "ffu-secretariat");
    assertThat(candidateGroups.group("plo-chairmanship")).isEqualTo("plo-chairmanship");
    assertThat(candidateGroups.group(null)).isNull();
  }

  @Test
  void aListOrAnUnknownIdIsRefusedInDanish() {
    assertThatThrownBy(() -> candidateGroups.chair("ffu-secretariat,ffu")).isInstanceOf(UserInputException.class)
        .hasMessage("Forummet 'ffu-secretariat,ffu' findes ikke.");
    assertThatThrownBy(() -> candidateGroups.secretariat("fu")).isInstanceOf(UserInputException.class);
    assertThatThrownBy(() -> candidateGroups.secretariat(null)).isInstanceOf(UserInputException.class);
    assertThatThrownBy(() -> candidateGroups.group("ffu-secretariat,ssu-members"))
        .isInstanceOf(UserInputException.class).hasMessage("Gruppen 'ffu-secretariat,ssu-members' findes ikke.");
    assertThatThrownBy(() -> candidateGroups.group("ssu-members")).isInstanceOf(UserInputException.class);
  }
}
