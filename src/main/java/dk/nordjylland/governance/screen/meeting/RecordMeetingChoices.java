package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.document.MeetingRecords;
import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.masterdata.ExtraGroup;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Membership;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * What the record-meeting screen offers, by name (issue 14 point 2): the forum's people for attendance, the outcomes,
 * the forums and their open meetings an item can go to, and the people and groups that can own an action or a
 * reservation. The values are ids; the screen takes only values it offered.
 */
@Component
class RecordMeetingChoices {

  /** Open meetings offered per forum: enough to choose "the one after next", short enough to read. */
  static final int MEETINGS_PER_FORUM = 6;

  private final MasterData masterData;
  private final MeetingRecords records;
  private final Meetings meetings;
  private final IdentityService identityService;
  private final AsSystem asSystem;

  RecordMeetingChoices(MasterData masterData, MeetingRecords records, Meetings meetings,
      IdentityService identityService, AsSystem asSystem) {
    this.masterData = masterData;
    this.records = records;
    this.meetings = meetings;
    this.identityService = identityService;
    this.asSystem = asSystem;
  }

  record Option(String value, String label) {}

  record OptionGroup(String label, List<Option> options) {}

  /** The choices for one meeting's record. */
  record Choices(List<Option> attendance, List<Option> outcomes, List<Option> forums, List<OptionGroup> meetings,
      Map<String, String> forumOfMeeting, List<OptionGroup> owners) {

    Set<String> values(List<Option> options) {
      Set<String> values = new HashSet<>();
      options.forEach(o -> values.add(o.value()));
      return values;
    }

    Set<String> groupedValues(List<OptionGroup> groups) {
      Set<String> values = new HashSet<>();
      groups.forEach(g -> g.options().forEach(o -> values.add(o.value())));
      return values;
    }

    /** "SSF torsdag den 14. januar 2027" for a meeting offered, for messages. */
    String meetingLabel(String meetingId) {
      return meetings.stream().flatMap(g -> g.options().stream()).filter(o -> o.value().equals(meetingId))
          .map(Option::label).findFirst().orElse("det valgte møde");
    }

    String forumLabel(String forumId) {
      return forums.stream().filter(o -> o.value().equals(forumId)).map(Option::label).findFirst()
          .orElse("det valgte forum");
    }
  }

  Choices of(Meeting meeting) {
    List<Forum> forums = masterData.forums();
    Map<String, String> forumOfMeeting = new LinkedHashMap<>();
    List<OptionGroup> openMeetings = openMeetings(meeting, forums, forumOfMeeting);
    List<Option> otherForums = forums.stream().filter(f -> !f.id().equals(meeting.forumId()))
        .map(f -> new Option(f.id(), forumLabel(f))).sorted(Comparator.comparing(Option::label)).toList();
    List<OptionGroup> owners = List.of(
        new OptionGroup("Personer i " + shortName(meeting.forumId()), people(meeting.forumId(), false).stream()
            .sorted(Comparator.comparing(Option::label)).toList()),
        new OptionGroup("Grupper og fora", groups(forums)));
    return new Choices(people(meeting.forumId(), true), outcomes(), otherForums, openMeetings, forumOfMeeting,
        owners);
  }

  /**
   * Who can own an action (issue 15): the owners of {@link #of}, then the bodies outside the collaboration by name. A
   * guest is typed in by name and e-mail instead.
   */
  List<OptionGroup> actionOwners(Choices choices) {
    List<OptionGroup> owners = new ArrayList<>(choices.owners());
    List<Option> bodies = externalBodies();
    if (!bodies.isEmpty()) {
      owners.add(new OptionGroup("Eksterne parter", bodies));
    }
    return owners;
  }

  /** The bodies outside the collaboration an item can be sent on to, by name. */
  List<Option> externalBodies() {
    return masterData.externalBodies().stream().map(b -> new Option(b.id(), b.name())).toList();
  }

  static List<Option> outcomes() {
    return Arrays.stream(Outcome.values()).map(o -> new Option(o.name(), o.danish())).toList();
  }

  /**
   * The forum's people, chair first, then the members and the secretariat: "Lone Berg, Region Nordjylland", with the
   * chair's and the secretariat's role when asked.
   */
  private List<Option> people(String forumId, boolean withRole) {
    Forum forum = masterData.forum(forumId).orElseThrow();
    List<Membership> memberships = masterData.memberships(forumId);
    Set<String> seen = new LinkedHashSet<>();
    List<Option> people = new ArrayList<>();
    for (ForumRole role : List.of(ForumRole.CHAIR, ForumRole.MEMBER, ForumRole.SECRETARIAT)) {
      memberships.stream().filter(m -> m.role() == role && seen.add(m.personId()))
          .map(m -> new Option(m.personId(), records.describe(m.personId()) + (!withRole ? "" : switch (role) {
            case CHAIR -> " (" + (forum.chairTitle() == null ? "formand" : forum.chairTitle()) + ")";
            case SECRETARIAT -> " (sekretariat)";
            case MEMBER -> "";
          })))
          .sorted(Comparator.comparing(Option::label))
          .forEach(people::add);
    }
    return people;
  }

  /**
   * The meetings an item can be sent or postponed to, per forum (the meeting's own forum first): meetings after this
   * one that still take items (planned or calling for items), the next few of each.
   */
  private List<OptionGroup> openMeetings(Meeting meeting, List<Forum> forums, Map<String, String> forumOfMeeting) {
    List<Forum> ordered = new ArrayList<>(forums);
    ordered.sort(Comparator.comparing((Forum f) -> !f.id().equals(meeting.forumId())).thenComparing(this::forumLabel));
    List<OptionGroup> groups = new ArrayList<>();
    for (Forum forum : ordered) {
      List<Option> options = meetings.ofForum(forum.id()).stream()
          .filter(m -> m.startsAt().isAfter(meeting.startsAt()))
          .filter(m -> m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.CALL_FOR_ITEMS)
          .limit(MEETINGS_PER_FORUM)
          .map(m -> new Option(m.id(), shortName(forum.id()) + " " + m.startsAt().format(DanishDates.LONG_DATE)))
          .toList();
      options.forEach(o -> forumOfMeeting.put(o.value(), forum.id()));
      if (!options.isEmpty()) {
        groups.add(new OptionGroup(forumLabel(forum), options));
      }
    }
    return groups;
  }

  /** The collaboration's groups by their names: every forum's chair, members and secretariat, and the others. */
  private List<Option> groups(List<Forum> forums) {
    Set<String> ids = new HashSet<>();
    forums.forEach(f -> Arrays.stream(ForumRole.values()).forEach(r -> ids.add(f.groupId(r))));
    masterData.extraGroups().stream().map(ExtraGroup::id).forEach(ids::add);
    return asSystem.call(() -> identityService.createGroupQuery().list()).stream()
        .filter(g -> ids.contains(g.getId()))
        .map(g -> new Option(g.getId(), g.getName() == null ? g.getId() : g.getName()))
        .sorted(Comparator.comparing(Option::label)).toList();
  }

  private String forumLabel(Forum forum) {
    return forum.shortName() == null || forum.shortName().equals(forum.name()) ? forum.name()
        : forum.name() + " (" + forum.shortName() + ")";
  }

  private String shortName(String forumId) {
    return masterData.forum(forumId).map(f -> f.shortName() == null ? f.name() : f.shortName()).orElse(forumId);
  }
}
