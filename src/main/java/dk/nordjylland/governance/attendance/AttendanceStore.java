package dk.nordjylland.governance.attendance;

import dk.nordjylland.governance.attendance.Attendance.Guest;
import dk.nordjylland.governance.attendance.Attendance.Substitute;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** gov_attendance_record and its lines (V17). */
@Repository
class AttendanceStore {

  private final JdbcClient jdbc;

  AttendanceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Line(String kind, String personId, String name, String standsInFor, Long itemId, String note) {}

  Optional<Attendance> find(String meetingId) {
    boolean recorded = jdbc.sql("select count(*) from gov_attendance_record where meeting_id = ?").param(meetingId)
        .query(Integer.class).single() > 0;
    if (!recorded) {
      return Optional.empty();
    }
    List<String> present = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    List<Substitute> substitutes = new ArrayList<>();
    List<Guest> guests = new ArrayList<>();
    jdbc.sql("select kind, person_id, name, stands_in_for, item_id, note from gov_attendance where meeting_id = ?"
            + " order by position").param(meetingId).query(Line.class).list()
        .forEach(l -> {
          switch (l.kind()) {
            case "PRESENT" -> present.add(l.personId());
            case "ABSENT" -> absent.add(l.personId());
            case "SUBSTITUTE" -> substitutes.add(new Substitute(l.name(), l.standsInFor()));
            default -> guests.add(new Guest(l.name(), l.itemId(), l.note()));
          }
        });
    return Optional.of(new Attendance(present, absent, substitutes, guests));
  }

  /** Replaces what was recorded for the meeting. */
  void save(String meetingId, Attendance a, String actor, LocalDateTime now) {
    jdbc.sql("delete from gov_attendance where meeting_id = ?").param(meetingId).update();
    if (jdbc.sql("update gov_attendance_record set recorded_by = ?, recorded_at = ? where meeting_id = ?")
        .params(actor, now, meetingId).update() == 0) {
      jdbc.sql("insert into gov_attendance_record (meeting_id, recorded_by, recorded_at) values (?, ?, ?)")
          .params(meetingId, actor, now).update();
    }
    List<Line> lines = new ArrayList<>();
    a.present().forEach(p -> lines.add(new Line("PRESENT", p, null, null, null, null)));
    a.absent().forEach(p -> lines.add(new Line("ABSENT", p, null, null, null, null)));
    a.substitutes().forEach(s -> lines.add(new Line("SUBSTITUTE", null, s.name().strip(), s.standsInFor(), null,
        null)));
    a.guests().forEach(g -> lines.add(new Line("GUEST", null, g.name().strip(), null, g.itemId(),
        g.note() == null || g.note().isBlank() ? null : g.note().strip())));
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      jdbc.sql("insert into gov_attendance (meeting_id, kind, position, person_id, name, stands_in_for, item_id,"
              + " note) values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(meetingId, l.kind(), i + 1, l.personId(), l.name(), l.standsInFor(), l.itemId(), l.note())
          .update();
    }
  }
}
