package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Membership;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.screen.meeting.RecordMeetingChoices.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The choices of a decision's fields by name, never by id (issue 14, point 2): outcomes, owners, forums. */
@Component
class DecisionChoices {

  private final MasterData masterData;
  private final Directory directory;

  DecisionChoices(MasterData masterData, Directory directory) {
    this.masterData = masterData;
    this.directory = directory;
  }

  /** The same outcomes, in the same words, as the meeting record's screen. */
  List<Option> outcomes() {
    return RecordMeetingChoices.outcomes();
  }

  /**
   * Who may clear a reservation: the forum's people by name, its secretariat, the collaboration's other groups, and
   * whoever a recorded decision names already (so a stored owner is always among the choices).
   */
  List<Option> owners(String forumId, List<String> alreadyNamed) {
    Map<String, String> owners = new LinkedHashMap<>();
    List<Option> people = new ArrayList<>();
    for (Membership m : masterData.memberships(forumId)) {
      masterData.person(m.personId()).map(Person::name).ifPresent(name -> people.add(new Option(m.personId(), name)));
    }
    people.stream().sorted(Comparator.comparing(Option::label)).forEach(o -> owners.putIfAbsent(o.value(), o.label()));
    String secretariat = ForumRole.SECRETARIAT.groupId(forumId);
    owners.put(secretariat, directory.groupName(secretariat));
    masterData.extraGroups().forEach(g -> owners.putIfAbsent(g.id(), g.name()));
    for (String named : alreadyNamed) {
      if (named != null && !named.isBlank() && !owners.containsKey(named)) {
        owners.put(named, masterData.person(named).map(Person::name).orElseGet(() -> directory.groupName(named)));
      }
    }
    return owners.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
  }

  List<Option> forums() {
    return masterData.forums().stream().map(f -> new Option(f.id(), f.name())).toList();
  }
}
