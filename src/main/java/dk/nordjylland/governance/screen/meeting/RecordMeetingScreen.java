package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_TITLE;

import dk.nordjylland.governance.attendance.Attendance;
import dk.nordjylland.governance.followup.GuestEmails;
import dk.nordjylland.governance.item.ActionInput;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.ExternalForwardInput;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.MeetingRecord;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.item.ProblemSubjects;
import dk.nordjylland.governance.item.Recommendation;
import dk.nordjylland.governance.item.SubTopicInput;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.screen.InvalidScreenInput;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.screen.meeting.RecordMeetingChoices.Choices;
import dk.nordjylland.governance.screen.meeting.RecordMeetingChoices.Option;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "Registrér fremmøde og beslutninger" (ADR 0037): the secretariat records the attendance as it was (ADR 0043: present
 * or afbud per member of the meeting's date by name, substitutes, guests of the meeting or an item), one decision per agenda item (as many as the agenda has), and the follow-up actions (rows without a fixed
 * limit: "Tilføj flere handlinger" shows the page again with three more). Submits the lists our API submits.
 */
@Component
class RecordMeetingScreen implements TaskScreen {

  private final Items items;
  private final Meetings meetings;
  private final RecordMeetingChoices choices;
  private final MeetingState meetingState;
  private final AttendanceForm attendanceForm;
  private final ClosedItemFields closedItemFields;

  RecordMeetingScreen(Items items, Meetings meetings, RecordMeetingChoices choices, MeetingState meetingState,
      AttendanceForm attendanceForm, ClosedItemFields closedItemFields) {
    this.closedItemFields = closedItemFields;
    this.attendanceForm = attendanceForm;
    this.items = items;
    this.meetings = meetings;
    this.choices = choices;
    this.meetingState = meetingState;
  }

  /** An agenda item as the screen shows it; {@code key} prefixes its fields ("p3-outcome"). */
  record ItemRow(long itemId, int position, String key, String title, String summary,
      List<String> recommendations, String guests) {}

  @Override
  public String name() {
    return "record-meeting";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    Choices offered = choices.of(meetings.get(meetingId));
    List<ItemRow> rows = rows(meetingId);
    model.put("meetingTitle", task.text(MEETING_TITLE));
    model.put("rows", rows);
    attendanceForm.show(meetingId, (ScreenForm) model.get("form"), model);
    model.put("outcomes", offered.outcomes());
    model.put("forums", offered.forums());
    model.put("targetMeetings", offered.meetings());
    model.put("owners", offered.owners());
    model.put("actionOwners", choices.actionOwners(offered));
    model.put("externalBodies", choices.externalBodies());
    model.put("agendaChoices", rows.stream().map(r -> new Option(String.valueOf(r.itemId()),
        r.position() + ". " + r.title())).toList());
    model.put("actionRows", new ActionRows());
    model.put("subTopicRows", new SubTopicRows());
    model.put("meetingState", meetingState.of(meetingId));
    closedItemFields.showRecord(meetingId, rows, (ScreenForm) model.get("form"), model);
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    if (!input.text(ActionRows.MORE).isEmpty() || !input.text(AttendanceRows.MORE).isEmpty()
        || !input.text(SubTopicRows.MORE).isEmpty()) {
      // "Tilføj flere ..." / "Tilføj underpunkter": the same page with what was typed and more rows; nothing is
      // checked or saved.
      throw new InvalidScreenInput(Map.of());
    }
    String meetingId = (String) task.variable(MEETING_ID.getName());
    Meeting meeting = meetings.get(meetingId);
    Choices offered = choices.of(meeting);
    // Where a problem the agenda finds belongs on this page: its subject -> the field or row.
    Map<String, String> fieldOf = new HashMap<>();

    // Attendance as recorded (ADR 0043); an item's guests are the guest rows of that item.
    Attendance attendance = attendanceForm.read(meetingId, input);

    List<DecisionInput> decisions = new ArrayList<>();
    for (ItemRow row : rows(meetingId)) {
      decisions.add(decision(row, input, offered, meeting, AttendanceForm.guestsOf(attendance, row.itemId()), fieldOf));
      fieldOf.put(ProblemSubjects.subject(row.itemId()), row.key());
    }

    Set<String> agendaItems = new HashSet<>();
    decisions.forEach(d -> agendaItems.add(String.valueOf(d.itemId())));
    Set<String> owners = offered.groupedValues(choices.actionOwners(offered));
    List<ActionInput> actions = new ArrayList<>();
    for (int n = 1; n <= ActionRows.count(input.text(ActionRows.FIELD), false); n++) {
      String key = "a" + n;
      if (ActionRows.FIELDS.stream().allMatch(f -> input.text(key + f).isEmpty())) {
        continue;
      }
      String item = input.choice(key + "-item", "Punkt for handling " + n, agendaItems, true);
      String description = input.text(key + "-description", "Handling " + n, true);
      // A guest (issue 15) is typed in by name and e-mail instead of chosen; the agenda checks the pair.
      String guestName = input.text(key + "-guestName", "Gæstens navn for handling " + n, false);
      String guestEmail = input.text(key + "-guestEmail", "Gæstens e-mail for handling " + n, false);
      boolean guest = !guestName.isEmpty() || !guestEmail.isEmpty();
      if (guest && guestName.isEmpty()) {
        input.error(key + "-guestName", "Handling " + n + ": angiv gæstens navn.");
      }
      if (guest && !GuestEmails.valid(guestEmail)) {
        // At the field, before the agenda's own check (which would put it on the row).
        input.error(key + "-guestEmail", "Handling " + n + ": angiv gæstens e-mailadresse (fx navn@eksempel.dk).");
      }
      String owner = input.choice(key + "-owner", "Ansvarlig for handling " + n, owners, !guest);
      LocalDate due = input.date(key + "-dueDate", "Frist for handling " + n, true).orElse(null);
      // ISO: the date was read here, day first; the agenda reads it again without any doubt about the order.
      actions.add(new ActionInput(item == null ? null : Long.valueOf(item), description, owner,
          due == null ? null : due.toString(), guest ? guestName : null, guest ? guestEmail : null));
      fieldOf.put(ProblemSubjects.actionSubject(actions.size()), key);
      fieldOf.put(ProblemSubjects.actionSubject(actions.size()) + ProblemSubjects.DUE_DATE, key + "-dueDate");
    }
    List<ExternalForwardInput> forwards = externalForwards(rows(meetingId), input, fieldOf);
    List<ClosedItemFields.Recorded> closedParts = closedItemFields.readRecord(meetingId, rows(meetingId), input);
    input.requireValid();

    try {
      // One transaction (ScreenController): refused decisions leave no attendance saved either.
      attendanceForm.save(meetingId, attendance, task.user());
      closedItemFields.saveRecord(meetingId, closedParts, task.user()); // public decisions, inhabilitet (ADR 0055)
      task.complete(new MeetingRecord(attendance.absent(), null, decisions, actions, forwards).asTaskVariables());
    } catch (RuntimeException e) {
      throw atTheirFields(e, fieldOf);
    }
  }

  /** Items also sent on to a body outside the collaboration (issue 15): one per item on this page, chosen by name. */
  private List<ExternalForwardInput> externalForwards(List<ItemRow> rows, ScreenInput input,
      Map<String, String> fieldOf) {
    Set<String> bodies = new HashSet<>();
    choices.externalBodies().forEach(o -> bodies.add(o.value()));
    List<ExternalForwardInput> forwards = new ArrayList<>();
    for (ItemRow row : rows) {
      String body = input.choice(row.key() + "-externalBody", "Ekstern modtager for punkt " + row.position(), bodies,
          false);
      if (body != null) {
        forwards.add(new ExternalForwardInput(row.itemId(), body));
        fieldOf.put(ProblemSubjects.externalForwardSubject(forwards.size()), row.key() + "-externalBody");
      }
    }
    return forwards;
  }

  /**
   * One item's decision; the fields its outcome does not use (e.g. a forum when the item comes back here) are
   * ignored. A forum or meeting chosen with an outcome that keeps the item decided here sends it on as well (ADR 0044).
   */
  private static DecisionInput decision(ItemRow row, ScreenInput input, Choices offered, Meeting meeting,
      String guests, Map<String, String> fieldOf) {
    String k = row.key();
    String what = "punkt " + row.position();
    String chosen = input.choice(k + "-outcome", "Udfald for " + what, offered.values(offered.outcomes()), true);
    Outcome outcome = chosen == null ? null : Outcome.valueOf(chosen);
    String text = input.text(k + "-decisionText", "Beslutning for " + what, false);
    if (outcome != null && outcome.needsText() && text.isEmpty() && !input.hasError(k + "-decisionText")) {
      // The agenda's rule (Outcome.needsText), asked here too so the message stands at the field, with the others.
      input.error(k + "-decisionText", "Punkt " + row.position() + ": skriv beslutningen ("
          + outcome.danish().toLowerCase() + ").");
    }
    String forum = null;
    String target = null;
    String reservation = null;
    String reservationOwner = null;
    boolean sendsOn = outcome != null && !outcome.returnsToPipeline();
    if (outcome == Outcome.FORWARDED || sendsOn) {
      forum = input.choice(k + "-targetForum", "Forum for " + what, offered.values(offered.forums()),
          outcome == Outcome.FORWARDED && input.text(k + "-targetMeeting").isEmpty());
    }
    if (outcome != null && (outcome.returnsToPipeline() || sendsOn)) {
      target = input.choice(k + "-targetMeeting", "Møde for " + what, offered.forumOfMeeting().keySet(), false);
      String forumOfTarget = sendsOn ? (forum != null ? forum : offered.forumOfMeeting().get(target))
          : outcome == Outcome.FORWARDED ? forum : meeting.forumId();
      if (target != null && forumOfTarget != null && !forumOfTarget.equals(offered.forumOfMeeting().get(target))) {
        input.error(k + "-targetMeeting", "Møde for " + what + ": " + offered.meetingLabel(target) + " er ikke et møde i "
            + offered.forumLabel(forumOfTarget) + ". Vælg et af dets møder, eller lad feltet stå tomt"
            + " (så kommer punktet på forummets næste møde).");
      }
    }
    if (outcome == Outcome.APPROVED_WITH_RESERVATION) {
      reservation = input.text(k + "-reservation", "Forbehold for " + what, true);
      reservationOwner = input.choice(k + "-reservationOwner", "Hvem afklarer forbeholdet for " + what,
          offered.groupedValues(offered.owners()), true);
    }
    String postponedPart = input.text(k + "-postponedPart", "Udskudt del af " + what, false);
    return new DecisionInput(row.itemId(), outcome, text.isEmpty() ? null : text, forum, target, reservation,
        reservationOwner, guests, postponedPart.isEmpty() ? null : postponedPart,
        subTopics(row, input, offered, fieldOf));
  }

  /** The item's sub-topic rows that have anything typed, in order; each keeps its row's field for messages. */
  private static List<SubTopicInput> subTopics(ItemRow row, ScreenInput input, Choices offered,
      Map<String, String> fieldOf) {
    List<SubTopicInput> subTopics = new ArrayList<>();
    int rows = SubTopicRows.count(input.text(row.key() + SubTopicRows.COUNT), false);
    for (int n = 1; n <= rows; n++) {
      String key = row.key() + "-s" + n;
      if (SubTopicRows.FIELDS.stream().allMatch(f -> input.text(key + f).isEmpty())) {
        continue;
      }
      String what = "underpunkt " + row.position() + "." + (char) ('a' + n - 1);
      String title = input.text(key + "-title", "Titel på " + what, true);
      String text = input.text(key + "-text", "Tekst til " + what, false);
      String chosen = input.choice(key + "-outcome", "Udfald for " + what, offered.values(offered.outcomes()), true);
      String decision = input.text(key + "-decisionText", "Beslutning for " + what, false);
      subTopics.add(new SubTopicInput(title, text.isEmpty() ? null : text,
          chosen == null ? null : Outcome.valueOf(chosen), decision.isEmpty() ? null : decision));
      fieldOf.put(ProblemSubjects.subTopicSubject(row.itemId(), subTopics.size()), key);
    }
    return subTopics;
  }

  /**
   * The agenda's refusal, each problem at the row or field it is about. A problem the page has no place for (none
   * today) goes to the top of the page as it is.
   */
  private static RuntimeException atTheirFields(RuntimeException e, Map<String, String> fieldOf) {
    UserInputException refused = UserInputException.in(e).orElse(null);
    if (refused == null) {
      return e;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    for (int i = 0; i < refused.problems().size(); i++) {
      String field = fieldOf.get(refused.subject(i));
      if (field == null) {
        return e;
      }
      errors.merge(field, refused.problems().get(i), (a, b) -> a + " " + b);
    }
    return new InvalidScreenInput(errors);
  }

  private List<ItemRow> rows(String meetingId) {
    List<ItemRow> rows = new ArrayList<>();
    for (AgendaEntry entry : items.agenda(meetingId)) {
      Item item = items.find(entry.itemId()).orElseThrow();
      rows.add(new ItemRow(item.id(), entry.position(), "p" + entry.position(), item.title(),
          item.summary() == null ? "" : item.summary().strip(),
          items.recommendations(item.id()).stream().map(Recommendation::text).toList(),
          entry.guests() == null ? "" : entry.guests()));
    }
    return rows;
  }
}
