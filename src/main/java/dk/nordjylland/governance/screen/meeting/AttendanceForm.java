package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.attendance.Attendance;
import dk.nordjylland.governance.attendance.Attendance.Guest;
import dk.nordjylland.governance.attendance.Attendance.Substitute;
import dk.nordjylland.governance.attendance.Attendances;
import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.document.MeetingRecords;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Membership;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.meeting.RecordMeetingChoices.Option;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The attendance part of the record-meeting screen (ADR 0043): present or absent (afbud) for each member of the
 * meeting's date by name, substitute rows (a name, standing in for an absent member), guest rows (a name, the whole
 * meeting or one item, a note). Shown as recorded, or as expected with the guests announced on the agenda for the
 * secretariat to confirm.
 */
@Component
class AttendanceForm {

  static final String PRESENT = "PRESENT";
  static final String ABSENT = "ABSENT";

  private final Attendances attendances;
  private final MasterData masterData;
  private final Meetings meetings;
  private final MeetingRecords records;
  private final Items items;

  AttendanceForm(Attendances attendances, MasterData masterData, Meetings meetings, MeetingRecords records,
      Items items) {
    this.attendances = attendances;
    this.masterData = masterData;
    this.meetings = meetings;
    this.records = records;
    this.items = items;
  }

  /** A member's radio group: {@code field} "attendance-lone.berg", {@code label} her name (and role). */
  record MemberRow(String personId, String field, String label) {}

  void show(String meetingId, ScreenForm form, Map<String, Object> model) {
    List<MemberRow> members = members(meetingId);
    Attendance shown = attendances.of(meetingId);
    for (MemberRow m : members) {
      form.preset(m.field(), shown.absent().contains(m.personId()) ? ABSENT : PRESENT);
    }
    List<Substitute> substitutes = shown.substitutes();
    for (int i = 0; i < substitutes.size(); i++) {
      form.preset("s" + (i + 1) + "-name", substitutes.get(i).name())
          .preset("s" + (i + 1) + "-for", substitutes.get(i).standsInFor());
    }
    List<Guest> guests = shown.guests();
    for (int i = 0; i < guests.size(); i++) {
      form.preset("g" + (i + 1) + "-name", guests.get(i).name()).preset("g" + (i + 1) + "-item", guests.get(i).itemId())
          .preset("g" + (i + 1) + "-note", guests.get(i).note());
    }
    form.preset(AttendanceRows.SUBSTITUTES, AttendanceRows.initial(substitutes.size()))
        .preset(AttendanceRows.GUESTS, AttendanceRows.initial(guests.size()));
    model.put("members", members);
    model.put("memberChoices", members.stream().map(m -> new Option(m.personId(), m.label())).toList());
    model.put("guestItems", guestItems(meetingId));
    model.put("attendanceRows", new AttendanceRows());
    model.put("meetingDate", DanishDates.date(meetings.get(meetingId).startsAt()));
  }

  /** What was typed, checked at its fields; Attendances checks it again when it is recorded. */
  Attendance read(String meetingId, ScreenInput input) {
    List<MemberRow> members = members(meetingId);
    List<String> present = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (MemberRow m : members) {
      String chosen = input.choice(m.field(), "Fremmøde for " + m.label(), Set.of(PRESENT, ABSENT), true);
      if (PRESENT.equals(chosen)) {
        present.add(m.personId());
      } else if (ABSENT.equals(chosen)) {
        absent.add(m.personId());
      }
    }
    Set<String> memberIds = members.stream().map(MemberRow::personId).collect(Collectors.toSet());
    List<Substitute> substitutes = new ArrayList<>();
    int substituteRows = AttendanceRows.count(input.text(AttendanceRows.SUBSTITUTES), false);
    for (int n = 1; n <= substituteRows; n++) {
      String k = "s" + n;
      if (input.text(k + "-name").isEmpty() && input.text(k + "-for").isEmpty()) {
        continue;
      }
      String name = input.text(k + "-name", "Navn på stedfortræder " + n, true);
      String standsInFor = input.choice(k + "-for", "I stedet for (stedfortræder " + n + ")", memberIds, true);
      if (standsInFor != null && !absent.contains(standsInFor)) {
        input.error(k + "-for", "Stedfortræder " + n + ": " + label(members, standsInFor)
            + " har ikke meldt afbud. Sæt afbud ved personen, eller vælg en anden.");
      }
      substitutes.add(new Substitute(name, standsInFor));
    }
    Set<String> itemIds = items.agenda(meetingId).stream().map(e -> String.valueOf(e.itemId()))
        .collect(Collectors.toSet());
    List<Guest> guests = new ArrayList<>();
    int guestRows = AttendanceRows.count(input.text(AttendanceRows.GUESTS), false);
    for (int n = 1; n <= guestRows; n++) {
      String k = "g" + n;
      if (input.text(k + "-name").isEmpty() && input.text(k + "-note").isEmpty()) {
        continue; // an item chosen on an empty row is not a guest
      }
      String name = input.text(k + "-name", "Navn på gæst " + n, true);
      String item = input.choice(k + "-item", "Gæst " + n + " deltog under", itemIds, false);
      String note = input.text(k + "-note", "Note til gæst " + n, false);
      if (note.length() > TextLimits.TITLE) {
        input.error(k + "-note", "Note til gæst " + n + " må højst have " + TextLimits.TITLE + " tegn.");
      }
      guests.add(new Guest(name, item == null ? null : Long.valueOf(item), note.isEmpty() ? null : note));
    }
    return new Attendance(present, absent, substitutes, guests);
  }

  /** Records what {@link #read} returned, in the caller's transaction (Attendances checks it again). */
  void save(String meetingId, Attendance attendance, String userId) {
    attendances.record(meetingId, attendance, userId);
  }

  /** The members of the meeting's date, chair first, by name with the chair's and the secretariat's role. */
  private List<MemberRow> members(String meetingId) {
    Forum forum = masterData.forum(meetings.get(meetingId).forumId()).orElseThrow();
    List<MemberRow> rows = new ArrayList<>();
    for (Membership m : attendances.membersOn(meetingId)) {
      String role = switch (m.role()) {
        case CHAIR -> " (" + (forum.chairTitle() == null ? "formand" : forum.chairTitle()) + ")";
        case SECRETARIAT -> " (sekretariat)";
        case MEMBER -> "";
      };
      rows.add(new MemberRow(m.personId(), "attendance-" + m.personId(), records.describe(m.personId()) + role));
    }
    return rows;
  }

  private List<Option> guestItems(String meetingId) {
    List<Option> options = new ArrayList<>();
    for (AgendaEntry e : items.agenda(meetingId)) {
      options.add(new Option(String.valueOf(e.itemId()), "Punkt " + e.position() + ": "
          + items.find(e.itemId()).orElseThrow().title()));
    }
    return options;
  }

  private static String label(List<MemberRow> members, String personId) {
    return members.stream().filter(m -> m.personId().equals(personId)).map(MemberRow::label).findFirst()
        .orElse(personId);
  }

  /** The guests of one item as the decision keeps them: "Anne Holm, Region Nordjylland (den første time)". */
  static String guestsOf(Attendance attendance, long itemId) {
    List<String> lines = attendance.guests().stream().filter(g -> g.itemId() != null && g.itemId() == itemId)
        .map(Guest::line).toList();
    return lines.isEmpty() ? null : String.join("; ", lines);
  }
}
