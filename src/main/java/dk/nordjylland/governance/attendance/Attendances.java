package dk.nordjylland.governance.attendance;

import dk.nordjylland.governance.attendance.Attendance.Guest;
import dk.nordjylland.governance.attendance.Attendance.Substitute;
import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Membership;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.Problems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's attendance (ADR 0043): as recorded, or, until it is, as expected from the members of the meeting's date
 * (the forum as it was then, not today's roster) and the guests announced on the agenda.
 */
@Service
public class Attendances {

  static final int MAX_ROWS = 200;
  static final int MAX_NAME = 300;

  private final AttendanceStore store;
  private final Meetings meetings;
  private final MasterData masterData;
  private final Items items;

  Attendances(AttendanceStore store, Meetings meetings, MasterData masterData, Items items) {
    this.store = store;
    this.meetings = meetings;
    this.masterData = masterData;
    this.items = items;
  }

  public Optional<Attendance> recorded(String meetingId) {
    return store.find(meetingId);
  }

  /** As recorded, else as expected: every member of the date present but those who sent apologies. */
  public Attendance of(String meetingId) {
    return store.find(meetingId).orElseGet(() -> expected(meetingId));
  }

  /**
   * Before anything is recorded: the members of the meeting's date, absent if the meeting record named them so
   * (the absentees of ADR 0037), the meeting's free-text guests, and the guests announced with each item.
   */
  public Attendance expected(String meetingId) {
    Set<String> absent = new LinkedHashSet<>(items.absences(meetingId));
    List<String> present = new ArrayList<>();
    for (Membership m : membersOn(meetingId)) {
      if (!absent.contains(m.personId())) {
        present.add(m.personId());
      }
    }
    List<Guest> guests = new ArrayList<>();
    meetings.recordedGuests(meetingId).ifPresent(g -> guests.add(new Guest(g, null, null)));
    for (AgendaEntry e : items.agenda(meetingId)) {
      if (e.guests() != null && !e.guests().isBlank()) {
        guests.add(new Guest(e.guests(), e.itemId(), null));
      }
    }
    return new Attendance(present, List.copyOf(absent), List.of(), guests);
  }

  /**
   * The forum's people on the meeting's date, each once with the role that names them (chair, members, then the
   * secretariat).
   */
  public List<Membership> membersOn(String meetingId) {
    Meeting meeting = meetings.get(meetingId);
    List<Membership> all = masterData.membershipsOn(meeting.forumId(), meeting.startsAt().toLocalDate());
    Set<String> seen = new HashSet<>();
    List<Membership> members = new ArrayList<>();
    for (ForumRole role : List.of(ForumRole.CHAIR, ForumRole.MEMBER, ForumRole.SECRETARIAT)) {
      all.stream().filter(m -> m.role() == role && seen.add(m.personId())).forEach(members::add);
    }
    return members;
  }

  /**
   * Records the attendance, replacing what was recorded: all of it or nothing (a Danish 400 naming every problem;
   * a 409 for a cancelled meeting).
   */
  @Transactional
  public void record(String meetingId, Attendance attendance, String actor) {
    Meeting meeting = meetings.get(meetingId);
    if (meeting.status() == MeetingStatus.CANCELLED) {
      throw new ConflictException("Mødet er aflyst; der kan ikke registreres fremmøde.");
    }
    check(meeting, attendance).throwIfAny("Fremmødet kan ikke gemmes");
    store.save(meetingId, attendance, actor, EngineClock.now());
    // The minutes print an item's guests from its agenda entry, which the draft-minutes screen can still correct.
    for (AgendaEntry e : items.agenda(meetingId)) {
      List<String> lines = attendance.guests().stream().filter(g -> e.itemId().equals(g.itemId()))
          .map(Guest::line).toList();
      items.confirmGuests(meetingId, e.itemId(), lines.isEmpty() ? null : String.join("; ", lines));
    }
  }

  private Problems check(Meeting meeting, Attendance a) {
    Problems problems = new Problems();
    Forum forum = masterData.forum(meeting.forumId()).orElseThrow();
    LocalDate day = meeting.startsAt().toLocalDate();
    Map<String, Membership> members = new HashMap<>();
    membersOn(meeting.id()).forEach(m -> members.put(m.personId(), m));
    String ofForum = " er ikke medlem af " + forum.shortName() + " den " + DanishDates.date(day) + ".";
    Set<String> named = new HashSet<>();
    for (String p : a.present()) {
      problems.require(members.containsKey(p), quoted(p) + ofForum);
      problems.require(!members.containsKey(p) || named.add(p), name(p) + " er nævnt mere end én gang.");
    }
    for (String p : a.absent()) {
      problems.require(members.containsKey(p), quoted(p) + ofForum);
      problems.require(!members.containsKey(p) || named.add(p),
          name(p) + " er nævnt mere end én gang (både deltager og afbud?).");
    }
    for (Membership m : members.values()) {
      problems.require(named.contains(m.personId()),
          name(m.personId()) + " mangler: angiv, om " + name(m.personId()) + " deltog eller meldte afbud.");
    }
    problems.require(a.substitutes().size() <= MAX_ROWS && a.guests().size() <= MAX_ROWS,
        "Højst " + MAX_ROWS + " stedfortrædere og " + MAX_ROWS + " gæster.");
    for (Substitute s : a.substitutes()) {
      requireName(s.name(), "En stedfortræder", problems);
      if (s.standsInFor() == null || s.standsInFor().isBlank()) {
        problems.add("Stedfortræderen" + orEmpty(s.name()) + " mangler, hvem der stås i stedet for.");
      } else if (!members.containsKey(s.standsInFor())) {
        problems.add(quoted(s.standsInFor()) + ofForum);
      } else {
        problems.require(a.absent().contains(s.standsInFor()), "Stedfortræderen" + orEmpty(s.name())
            + " står i stedet for " + name(s.standsInFor()) + ", som ikke har meldt afbud.");
      }
    }
    Map<Long, Integer> onAgenda = new HashMap<>();
    items.agenda(meeting.id()).forEach(e -> onAgenda.put(e.itemId(), e.position()));
    for (Guest g : a.guests()) {
      requireName(g.name(), "En gæst", problems);
      problems.require(g.itemId() == null || onAgenda.containsKey(g.itemId()),
          "Gæsten" + orEmpty(g.name()) + ": punkt " + g.itemId() + " er ikke på dagsordenen for mødet.");
      problems.maxLength(g.note(), MAX_NAME, "Note til gæst");
    }
    return problems;
  }

  private static void requireName(String name, String who, Problems problems) {
    problems.require(name != null && !name.isBlank(), who + " mangler et navn.");
    problems.require(name == null || name.length() <= MAX_NAME, who + "s navn må højst have " + MAX_NAME + " tegn.");
  }

  private String name(String personId) {
    return masterData.person(personId).map(Person::name).orElse(quoted(personId));
  }

  private static String quoted(String value) {
    return "'" + value + "'";
  }

  private static String orEmpty(String name) {
    return name == null || name.isBlank() ? "" : " '" + name.strip() + "'";
  }
}
