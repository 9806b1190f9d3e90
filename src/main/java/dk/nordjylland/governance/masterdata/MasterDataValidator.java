package dk.nordjylland.governance.masterdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Checks the references inside the master data file so that start-up fails with every problem named. */
final class MasterDataValidator {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

  private MasterDataValidator() {}

  static void validate(MasterDataFile data) {
    List<String> problems = new ArrayList<>();
    Set<String> parties = ids(data.parties(), MasterDataFile.PartyEntry::id, "party", problems);
    Set<String> people = ids(data.people(), MasterDataFile.PersonEntry::id, "person", problems);
    Set<String> forums = ids(data.forums(), MasterDataFile.ForumEntry::id, "forum", problems);
    Set<String> groups = ids(data.groups(), MasterDataFile.GroupEntry::id, "group", problems);
    ids(data.clusters(), MasterDataFile.ClusterEntry::id, "cluster", problems);
    ids(data.externalBodies(), MasterDataFile.ExternalBodyEntry::id, "external body", problems);

    Map<String, String> clusterOf = new HashMap<>();
    for (var c : data.clusters()) {
      for (String m : c.municipalities()) {
        require(parties.contains(m), "cluster " + c.id() + ": unknown municipality " + m, problems);
        String other = clusterOf.put(m, c.id());
        require(other == null, "municipality " + m + " is in clusters " + other + " and " + c.id(), problems);
      }
    }
    for (var p : data.people()) {
      require(p.party() == null || parties.contains(p.party()),
          "person " + p.id() + ": unknown party " + p.party(), problems);
      require(p.email() != null && p.email().contains("@"), "person " + p.id() + ": no e-mail", problems);
    }
    for (var f : data.forums()) {
      require(f.kind() != null, "forum " + f.id() + ": no kind", problems);
      require(f.preMeetingOf() == null || forums.contains(f.preMeetingOf()),
          "forum " + f.id() + ": preMeetingOf unknown forum " + f.preMeetingOf(), problems);
      // A pre-meeting is planned by its main meeting's cycle (ADR 0046); calendar rows of its own would never run.
      require(f.kind() != ForumKind.PRE_MEETING || f.meetings().isEmpty(),
          "forum " + f.id() + ": a pre-meeting forum lists no meetings; its main forum's cycle plans them", problems);
      for (var m : f.members()) {
        require(people.contains(m.person()), "forum " + f.id() + ": unknown person " + m.person(), problems);
        require(m.role() != null, "forum " + f.id() + ": member " + m.person() + " has no role", problems);
        require(m.from() == null || m.to() == null || !m.to().isBefore(m.from()),
            "forum " + f.id() + ": member " + m.person() + " leaves (to) before joining (from)", problems);
      }
      for (var m : f.meetings()) {
        require(m.date() != null, "forum " + f.id() + ": a meeting without a date", problems);
        require(m.start() == null || m.end() == null || m.end().isAfter(m.start()),
            "forum " + f.id() + ": meeting " + m.date() + " ends before it starts", problems);
      }
    }
    for (var g : data.groups()) {
      String rolePrefix = g.id().replaceFirst("-(chair|members|secretariat)$", "");
      require(rolePrefix.equals(g.id()) || !forums.contains(rolePrefix),
          "group " + g.id() + " collides with a forum role group", problems);
      for (String m : g.members()) {
        require(people.contains(m), "group " + g.id() + ": unknown person " + m, problems);
      }
    }
    for (var b : data.externalBodies()) {
      require(b.name() != null && !b.name().isBlank(), "external body " + b.id() + ": no name", problems);
      require(b.email() != null && b.email().contains("@"), "external body " + b.id() + ": no e-mail", problems);
      // An action's owner is one id: a user, a group or an external body; the three must not overlap.
      require(!people.contains(b.id()) && !groups.contains(b.id()) && !forums.contains(b.id())
          && !forums.contains(b.id().replaceFirst("-(chair|members|secretariat)$", "")),
          "external body " + b.id() + " collides with a person, forum or group id", problems);
    }
    if (!problems.isEmpty()) {
      throw new MasterDataException("Master data is inconsistent:\n - " + String.join("\n - ", problems));
    }
  }

  private static <T> Set<String> ids(List<T> entries, Function<T, String> id, String what, List<String> problems) {
    Set<String> seen = new HashSet<>();
    for (T entry : entries) {
      String value = id.apply(entry);
      if (value == null || !ID.matcher(value).matches()) {
        problems.add(what + " id '" + value + "' is not lowercase letters, digits, '.' and '-'");
      } else if (!seen.add(value)) {
        problems.add(what + " id '" + value + "' is used twice");
      }
    }
    return seen;
  }

  private static void require(boolean condition, String problem, List<String> problems) {
    if (!condition) {
      problems.add(problem);
    }
  }
}
