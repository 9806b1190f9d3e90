package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.item.ProblemSubjects.ABSENTEES;
import static dk.nordjylland.governance.item.ProblemSubjects.GUESTS;
import static dk.nordjylland.governance.item.ProblemSubjects.subject;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.Problems;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model's step "the meeting is held" (Registrering af mødet): the secretariat records who was absent, the
 * guests, one decision per agenda item, the actions and what is sent to external bodies. Everything is checked
 * first, then written in one transaction, and the meeting is held.
 */
@Service
public class MeetingRecording {

  private final Items items;
  private final Meetings meetings;
  private final MasterData masterData;
  private final DecisionChecks decisionChecks;
  private final ActionChecks actionChecks;
  private final ExternalForwarding externalForwarding;

  MeetingRecording(Items items, Meetings meetings, MasterData masterData, DecisionChecks decisionChecks,
      ActionChecks actionChecks, ExternalForwarding externalForwarding) {
    this.items = items;
    this.meetings = meetings;
    this.masterData = masterData;
    this.decisionChecks = decisionChecks;
    this.actionChecks = actionChecks;
    this.externalForwarding = externalForwarding;
  }

  @Transactional
  public void recordMeeting(String meetingId, MeetingRecord record, String actor) {
    Meeting meeting = meetings.get(meetingId);
    List<AgendaEntry> agenda = items.agenda(meetingId);
    Map<Long, AgendaEntry> onAgenda = new LinkedHashMap<>();
    agenda.forEach(e -> onAgenda.put(e.itemId(), e));
    Problems problems = new Problems();
    Set<String> people = new HashSet<>();
    masterData.memberships(meeting.forumId()).forEach(m -> people.add(m.personId()));
    // A past meeting's members are those of its date (ADR 0043), also people since gone from the master data.
    masterData.membershipsOn(meeting.forumId(), meeting.startsAt().toLocalDate()).forEach(m -> people.add(m.personId()));
    for (String absent : record.absentees()) {
      problems.require(people.contains(absent), ABSENTEES,
          "'" + absent + "' er ikke medlem af forummet og kan ikke melde afbud.");
    }
    problems.require(record.guests() == null || record.guests().length() <= 2000, GUESTS,
        "Feltet 'Gæster' må højst have 2000 tegn.");
    Set<Long> decided = new HashSet<>();
    for (DecisionInput d : record.decisions()) {
      AgendaEntry entry = d.itemId() == null ? null : onAgenda.get(d.itemId());
      if (entry == null) {
        problems.add("Punkt " + d.itemId() + " er ikke på dagsordenen for mødet.");
        continue;
      }
      String row = subject(d.itemId());
      if (!decided.add(d.itemId())) {
        problems.add(row, "Punkt " + entry.position() + " har mere end én beslutning.");
        continue;
      }
      decisionChecks.checkDecision(d, "Punkt " + entry.position(), row, meeting, problems);
    }
    for (AgendaEntry e : agenda) {
      problems.require(decided.contains(e.itemId()), subject(e.itemId()),
          "Punkt " + e.position() + " mangler et udfald.");
    }
    boolean archived = meetings.archivedAt(meetingId).isPresent();
    List<LocalDate> dueDates = actionChecks.check(record.actions(), onAgenda, archived, problems);
    externalForwarding.check(record.externalForwards(), onAgenda, problems);
    problems.throwIfAny("Mødet kan ikke registreres");

    items.setAbsences(meetingId, record.absentees(), record.guests());
    for (DecisionInput d : record.decisions()) {
      items.decide(meetingId, d.itemId(), d, EngineClock.now());
      items.recordParts(meetingId, d.itemId(), blankToNull(d.postponedPart()), d.subTopics());
      items.setStatus(d.itemId(), ItemStatus.DECIDED);
      items.event(d.itemId(), ItemEventKind.DECIDED, meeting.forumId(), meetingId,
          d.outcome().danish() + (d.decisionText() == null ? "" : ": " + d.decisionText()), actor, EngineClock.now());
    }
    for (int i = 0; i < record.actions().size(); i++) {
      ActionInput a = record.actions().get(i);
      items.addDecidedAction(meetingId, a.itemId(), a.description().strip(), a.guest() ? null : a.owner().strip(),
          dueDates.get(i), a.guest() ? a.guestName().strip() : null, a.guest() ? a.guestEmail().strip() : null);
    }
    externalForwarding.record(meetingId, record.externalForwards());
    meetings.markHeld(meetingId);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
