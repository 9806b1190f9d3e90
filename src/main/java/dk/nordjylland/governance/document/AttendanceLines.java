package dk.nordjylland.governance.document;

import dk.nordjylland.governance.attendance.Attendance;
import dk.nordjylland.governance.attendance.Attendance.Guest;
import dk.nordjylland.governance.attendance.Attendances;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The attendance part of a meeting's agenda or minutes: who took part, who was absent, substitutes and guests. */
@Component
class AttendanceLines {

  private final Attendances attendances;
  private final MasterData masterData;
  private final JdbcClient jdbc;

  AttendanceLines(Attendances attendances, MasterData masterData, JdbcClient jdbc) {
    this.attendances = attendances;
    this.masterData = masterData;
    this.jdbc = jdbc;
  }

  /**
   * The lines as printed; {@code itemGuests} per item id, as recorded with the attendance, or {@code null} until it is
   * recorded (then the item's guests are those announced with the item).
   */
  record Lines(List<String> participants, List<String> absent, List<String> substitutes, String guests,
      Map<Long, String> itemGuests) {}

  Lines of(String meetingId, Forum forum) {
    // As recorded (ADR 0043), or as expected from the members of the meeting's date: never today's roster.
    Attendance attendance = attendances.of(meetingId);
    Map<String, ForumRole> roleOf = new HashMap<>();
    attendances.membersOn(meetingId).forEach(m -> roleOf.put(m.personId(), m.role()));
    List<String> participants = new ArrayList<>();
    List<String> secretariat = new ArrayList<>();
    for (ForumRole role : List.of(ForumRole.CHAIR, ForumRole.MEMBER, ForumRole.SECRETARIAT)) {
      for (String person : attendance.present()) {
        ForumRole held = roleOf.getOrDefault(person, ForumRole.MEMBER);
        if (held != role) {
          continue;
        }
        String name = describe(person);
        if (role == ForumRole.CHAIR) {
          participants.add(name + " (" + (forum.chairTitle() == null ? "formand" : forum.chairTitle()) + ")");
        } else if (role == ForumRole.SECRETARIAT) {
          secretariat.add(name + " (sekretariat)");
        } else {
          participants.add(name);
        }
      }
    }
    participants.addAll(secretariat);
    List<String> absent = attendance.absent().stream().map(this::describe).toList();
    List<String> substitutes = attendance.substitutes().stream()
        .map(sub -> sub.name() + " for " + describe(sub.standsInFor())).toList();
    List<String> meetingGuests = attendance.guests().stream().filter(g -> g.itemId() == null).map(Guest::line)
        .toList();
    String guests = meetingGuests.isEmpty() ? null : String.join("; ", meetingGuests);
    // An item's guests as recorded with the attendance; until it is recorded, as announced with the item.
    boolean attendanceRecorded = attendances.recorded(meetingId).isPresent();
    Map<Long, String> itemGuests = new HashMap<>();
    attendance.guests().stream().filter(g -> g.itemId() != null)
        .forEach(g -> itemGuests.merge(g.itemId(), g.line(), (a, b) -> a + "; " + b));
    return new Lines(participants, absent, substitutes, guests, attendanceRecorded ? itemGuests : null);
  }

  /** "Tove Brandt, Aalborg Kommune": a person as the minutes and the screens name them. */
  String describe(String personId) {
    return masterData.person(personId).map(this::describe).orElse(personId);
  }

  private String describe(Person person) {
    String party = person.partyId() == null ? null
        : jdbc.sql("select name from gov_party where id = ?").param(person.partyId()).query(String.class)
            .optional().orElse(null);
    return party == null ? person.name() : person.name() + ", " + party;
  }
}
