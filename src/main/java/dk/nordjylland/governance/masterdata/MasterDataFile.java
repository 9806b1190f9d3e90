package dk.nordjylland.governance.masterdata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The shape of masterdata/collaboration.yaml (see SCHEMA.md beside it). */
record MasterDataFile(
    List<PartyEntry> parties,
    List<ClusterEntry> clusters,
    List<PersonEntry> people,
    List<ForumEntry> forums,
    List<GroupEntry> groups,
    List<ExternalBodyEntry> externalBodies) {

  MasterDataFile {
    parties = nonNull(parties);
    clusters = nonNull(clusters);
    people = nonNull(people);
    forums = nonNull(forums);
    groups = nonNull(groups);
    externalBodies = nonNull(externalBodies);
  }

  record PartyEntry(String id, String name, PartyKind kind) {}

  record ClusterEntry(String id, String name, List<String> municipalities) {
    ClusterEntry {
      municipalities = nonNull(municipalities);
    }
  }

  record PersonEntry(String id, String name, String email, String party, String title) {}

  record ForumEntry(
      String id,
      String shortName,
      String name,
      ForumKind kind,
      String preMeetingOf,
      String chairTitle,
      String secretariat,
      String defaultPlace,
      List<MemberEntry> members,
      List<MeetingEntry> meetings) {
    ForumEntry {
      members = nonNull(members);
      meetings = nonNull(meetings);
    }
  }

  /** {@code from}/{@code to}: the membership's period, both days included; left out, it is open at that end. */
  record MemberEntry(String person, ForumRole role, LocalDate from, LocalDate to) {

    boolean validOn(LocalDate day) {
      return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
  }

  record MeetingEntry(LocalDate date, LocalTime start, LocalTime end, String place) {}

  record GroupEntry(String id, String name, List<String> members) {
    GroupEntry {
      members = nonNull(members);
    }
  }

  /** A body outside the collaboration (issue 15): it can own an action and receive a forwarded item by mail. */
  record ExternalBodyEntry(String id, String name, String email, String address) {}

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
