package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AWAIT_PRE_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COMMENT_ON_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.PUBLISH_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.PUBLISH_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Component;

/**
 * Where a whole meeting stands, for the secretariat's and chair's screens (issue 14 point 6): the steps of its cycle
 * (done when, which one is open now, which are to come) and its items with their outcome.
 */
@Component
class MeetingState {

  /** The cycle's steps as people name them, in their order; the pre-meeting only where the forum has one. */
  private static final Map<String, String> STEPS = stepNames();

  private final Meetings meetings;
  private final Items items;
  private final HistoryService history;
  private final AsSystem asSystem;
  private final ClosedItems closedItems;

  MeetingState(Meetings meetings, Items items, HistoryService history, AsSystem asSystem, ClosedItems closedItems) {
    this.closedItems = closedItems;
    this.meetings = meetings;
    this.items = items;
    this.history = history;
    this.asSystem = asSystem;
  }

  record Step(String name, String state, String when) {}

  record Line(int position, String title, String outcome) {}

  /** The model of the fragment {@code screens/meeting-state}: the cycle's steps, the agenda so far, the pipeline. */
  record View(List<Step> steps, List<Line> agendaLines, int pipelineCount) {}

  View of(String meetingId) {
    return of(meetingId, itemId -> true);
  }

  /** {@link #of(String)} for a reader: a closed item he or she may not read by its public heading (ADR 0055). */
  View of(String meetingId, LongPredicate showsConfidential) {
    Meeting meeting = meetings.get(meetingId);
    List<HistoricActivityInstance> done = asSystem.call(() -> history.createHistoricActivityInstanceQuery()
        .processInstanceId(meeting.processInstanceId()).orderByHistoricActivityInstanceStartTime().asc().list());
    List<Step> steps = new ArrayList<>();
    STEPS.forEach((element, name) -> {
      HistoricActivityInstance last = done.stream().filter(a -> element.equals(a.getActivityId()))
          .reduce((first, second) -> second).orElse(null);
      if (last == null) {
        if (!AWAIT_PRE_MEETING.equals(element)) {
          steps.add(new Step(name, "kommer", ""));
        }
      } else if (last.getEndTime() == null) {
        steps.add(new Step(name, "nu", "siden " + date(last.getStartTime())));
      } else {
        steps.add(new Step(name, "udført", date(last.getEndTime())));
      }
    });
    List<Line> lines = new ArrayList<>();
    for (AgendaEntry entry : items.agenda(meetingId)) {
      String title = showsConfidential.test(entry.itemId()) ? items.find(entry.itemId()).map(Item::title).orElse("")
          : closedItems.closure(entry.itemId()).publicHeading();
      lines.add(new Line(entry.position(), title, entry.outcome() == null ? "" : entry.outcome().danish()));
    }
    return new View(steps, lines, items.pipeline(meetingId).size());
  }

  private static String date(Date when) {
    return DanishDates.dateTime(when);
  }

  private static Map<String, String> stepNames() {
    Map<String, String> steps = new LinkedHashMap<>();
    steps.put(COLLECT_ITEMS, "Indkaldelse af punkter");
    steps.put(SCREEN_ITEMS, "Screening af punkter");
    steps.put(AWAIT_PRE_MEETING, "Formøde (eget møde)");
    steps.put(APPROVE_AGENDA, "Godkendelse af dagsorden");
    steps.put(PUBLISH_AGENDA, "Udsendelse af dagsorden");
    steps.put(RECORD_MEETING, "Mødet: fremmøde og beslutninger");
    steps.put(DRAFT_MINUTES, "Referatudkast");
    steps.put(COMMENT_ON_MINUTES, "Medlemmernes kommentarer");
    steps.put(APPROVE_MINUTES, "Godkendelse af referat");
    steps.put(PUBLISH_MINUTES, "Offentliggørelse af referat");
    return steps;
  }
}
