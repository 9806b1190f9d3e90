package dk.nordjylland.governance.demo;

import static dk.nordjylland.governance.demo.DemoMeetings.ACTION_OWNER;
import static dk.nordjylland.governance.demo.DemoMeetings.FORUM;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ACTIONS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.DECISIONS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.item.ActionInput;
import dk.nordjylland.governance.item.Agenda;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** What the demo's replayed FFU meetings are about (DemoMeetings): their items, and their decisions and action. */
@Component
@Profile("demo")
class DemoAgenda {

  private final ItemProposals itemProposals;
  private final Agenda agenda;
  private final WorkingDays workingDays;
  private final ObjectMapper json = new ObjectMapper();

  DemoAgenda(ItemProposals itemProposals, Agenda agenda, WorkingDays workingDays) {
    this.itemProposals = itemProposals;
    this.agenda = agenda;
    this.workingDays = workingDays;
  }

  /** Proposes the stage's two items for the meeting; returns their ids. */
  List<Long> propose(String meetingId, DemoMeetings.Stage stage) {
    List<Long> items = new ArrayList<>();
    for (DemoData.Proposal p : proposals(meetingId, stage)) {
      items.add(itemProposals.proposeForProcess(p.item(), p.proposedBy()));
    }
    return items;
  }

  /** The decisions: each item approved or taken to notice; at the follow-up meeting one action for its owner. */
  Map<String, Object> record(String meetingId, List<Long> items, DemoMeetings.Stage stage, LocalDate today) {
    List<DecisionInput> decisions = new ArrayList<>();
    for (Agenda.DecisionRow entry : agenda.decisionsView(meetingId)) {
      long itemId = entry.itemId();
      Outcome outcome = itemId == items.get(0) ? Outcome.APPROVED : Outcome.TAKEN_TO_NOTICE;
      decisions.add(new DecisionInput(itemId, outcome, null, null, null, null, null, null));
    }
    List<ActionInput> actions = stage != DemoMeetings.Stage.FOLLOW_UP ? List.of() : List.of(new ActionInput(items.get(0),
        "PLO-Nordjylland melder tilbage om praksissektorens deltagelse i arbejdsgruppen.", ACTION_OWNER,
        // Due two working days before the first start: overdue, escalated to the secretariat, not yet to the chair.
        workingDays.minusWorkingDays(today, 2).toString()));
    try {
      return Map.of(DECISIONS.getName(), json.writeValueAsString(decisions),
          ACTIONS.getName(), json.writeValueAsString(actions));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<DemoData.Proposal> proposals(String meetingId, DemoMeetings.Stage stage) {
    String what = switch (stage) {
      case AGENDA -> "Status på akutområdet";
      case HELD -> "Opfølgning på udskrivningsforløb";
      case COMMENTS -> "Fælles sprog om rehabilitering";
      case FOLLOW_UP -> "Arbejdsgruppe om tværsektoriel medicinhåndtering";
    };
    return List.of(
        new DemoData.Proposal("karen.lund", new ItemProposal(FORUM, meetingId, "Godkendelse: " + what, null,
            "Fælles Forretningsudvalg bedes godkende oplægget om " + what.toLowerCase() + ".", null, null, null,
            "Det Fælleskommunale Sundhedssekretariat", List.of("Godkender oplægget."), List.of())),
        new DemoData.Proposal("lone.berg", new ItemProposal(FORUM, meetingId, "Orientering: Nyt fra kommunerne", null,
            "Kort orientering om aktuelle emner fra de nordjyske kommuner.", null, null, null, null,
            List.of("Tager orienteringen til efterretning."), List.of())));
  }
}
