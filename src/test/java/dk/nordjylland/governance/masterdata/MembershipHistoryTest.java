package dk.nordjylland.governance.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.MeetingRecords;
import dk.nordjylland.governance.masterdata.MasterDataFile.ForumEntry;
import dk.nordjylland.governance.masterdata.MasterDataFile.MemberEntry;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Issue 15 point 2 (ADR 0043): memberships have periods and a history. A member removed from the master-data file is
 * ended the day before, not deleted, so a past meeting still shows the forum as it was and a later one does not; a
 * membership with a `to` in the past is history only. The file is changed in memory and synchronised, then the real
 * file is synchronised again (Lone Berg comes back with a new period: no gap for other tests).
 */
@GovernanceTest
class MembershipHistoryTest {

  static final LocalDate SYNC_DAY = LocalDate.of(2154, 6, 1);

  @Autowired MasterDataSync sync;
  @Autowired MasterData masterData;
  @Autowired MeetingRecords records;
  @Autowired TestMeetings testMeetings;
  @Autowired ApiClient api;

  @AfterEach
  void restoreTheFile() {
    sync.synchronise();
    Clock.reset();
  }

  @Test
  void aRemovedMemberKeepsHerHistoryAndAPastMeetingShowsTheForumAsItWas() {
    String before = testMeetings.create("ffu", LocalDateTime.of(2154, 5, 20, 12, 0));
    String after = testMeetings.create("ffu", LocalDateTime.of(2154, 6, 10, 12, 0));
    String longAgo = testMeetings.create("ffu", LocalDateTime.of(2020, 6, 1, 12, 0));
    Clock.set(SYNC_DAY.atTime(7, 0));

    sync.synchronise(withFfu(sync.read(), members -> {
      List<MemberEntry> changed = new ArrayList<>(members);
      changed.removeIf(m -> m.person().equals("lone.berg"));
      // Henrik Dam sat in FFU until the end of 2020: history only.
      changed.add(new MemberEntry("henrik.dam", ForumRole.MEMBER, null, LocalDate.of(2020, 12, 31)));
      return changed;
    }));

    assertThat(people(masterData.memberships("ffu"))).doesNotContain("lone.berg", "henrik.dam").contains("jens.bach");
    assertThat(people(masterData.membershipsOn("ffu", SYNC_DAY.minusDays(1)))).contains("lone.berg");
    assertThat(people(masterData.membershipsOn("ffu", SYNC_DAY))).doesNotContain("lone.berg");
    assertThat(people(masterData.membershipsOn("ffu", LocalDate.of(2020, 6, 1)))).contains("henrik.dam", "lone.berg");
    assertThat(people(masterData.membershipsOn("ffu", LocalDate.of(2021, 1, 1)))).doesNotContain("henrik.dam");

    // The API answers the forum of a day.
    assertThat(api.body(api.get("/api/forums/ffu?on=2154-05-31", "lone.berg")).get("members").toString())
        .contains("lone.berg");
    assertThat(api.body(api.get("/api/forums/ffu", "lone.berg")).get("members").toString()).doesNotContain("lone.berg");
    ResponseEntity<String> wrongDay = api.get("/api/forums/ffu?on=31-05-2154", "lone.berg");
    assertThat(wrongDay.getStatusCode().value()).isEqualTo(400);
    assertThat(api.json(wrongDay).get("detail").asText()).isEqualTo("'31-05-2154' er ikke en gyldig værdi for 'on'.");

    // The documents of a past meeting name the members of its date, not today's.
    assertThat(records.view(before, DocumentKind.MINUTES).participants()).anyMatch(p -> p.startsWith("Lone Berg"));
    assertThat(records.view(after, DocumentKind.MINUTES).participants()).noneMatch(p -> p.startsWith("Lone Berg"));
    assertThat(records.view(longAgo, DocumentKind.MINUTES).participants()).anyMatch(p -> p.startsWith("Henrik Dam"));
    assertThat(records.view(after, DocumentKind.MINUTES).participants()).noneMatch(p -> p.startsWith("Henrik Dam"));

    // Back in the file: a new period from the day she came back; the old one stays.
    sync.synchronise();
    assertThat(people(masterData.memberships("ffu"))).contains("lone.berg");
    assertThat(people(masterData.membershipsOn("ffu", LocalDate.of(2154, 5, 20)))).contains("lone.berg");
    assertThat(people(masterData.membershipsOn("ffu", LocalDate.of(2020, 6, 1)))).contains("henrik.dam");
  }

  @Test
  void aMembershipThatEndsBeforeItStartsIsRefusedWithItsName() {
    MasterDataFile wrong = withFfu(sync.read(), members -> {
      List<MemberEntry> changed = new ArrayList<>(members);
      changed.add(new MemberEntry("henrik.dam", ForumRole.MEMBER, LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1)));
      return changed;
    });
    assertThatThrownBy(() -> MasterDataValidator.validate(wrong)).isInstanceOf(MasterDataException.class)
        .hasMessageContaining("forum ffu: member henrik.dam leaves (to) before joining (from)");
  }

  static List<String> people(List<Membership> memberships) {
    return memberships.stream().map(Membership::personId).toList();
  }

  static MasterDataFile withFfu(MasterDataFile data, UnaryOperator<List<MemberEntry>> change) {
    List<ForumEntry> forums = data.forums().stream().map(f -> !f.id().equals("ffu") ? f
        : new ForumEntry(f.id(), f.shortName(), f.name(), f.kind(), f.preMeetingOf(), f.chairTitle(), f.secretariat(),
            f.defaultPlace(), change.apply(f.members()), f.meetings())).toList();
    return new MasterDataFile(data.parties(), data.clusters(), data.people(), forums, data.groups(), data.externalBodies());
  }
}
