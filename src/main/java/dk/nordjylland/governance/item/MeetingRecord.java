package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ABSENTEES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ACTIONS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.DECISIONS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.EXTERNAL_FORWARDS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.GUESTS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the secretariat records about a held meeting.
 *
 * @param externalForwards items sent on to bodies outside the collaboration (issue 15), beside their decisions
 */
public record MeetingRecord(
    List<String> absentees, String guests, List<DecisionInput> decisions, List<ActionInput> actions,
    List<ExternalForwardInput> externalForwards) {

  public MeetingRecord(List<String> absentees, String guests, List<DecisionInput> decisions,
      List<ActionInput> actions) {
    this(absentees, guests, decisions, actions, List.of());
  }

  public MeetingRecord {
    externalForwards = externalForwards == null ? List.of() : List.copyOf(externalForwards);
    absentees = absentees == null ? List.of() : List.copyOf(absentees);
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  /**
   * The variables that complete the record-meeting task (read by AgendaTaskListeners): the same from our API and the
   * record-meeting screen. The lists are JSON variables: a String variable holds at most 4000 characters, which the
   * decisions of one ordinary meeting exceed.
   */
  public Map<String, Object> asTaskVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ABSENTEES.getName(), String.join(",", absentees));
    if (guests != null) { // a null variable would stay in the process (the listener removes what it reads)
      variables.put(GUESTS.getName(), guests);
    }
    variables.put(DECISIONS.getName(), FormLists.jsonVariable(decisions));
    variables.put(ACTIONS.getName(), FormLists.jsonVariable(actions));
    variables.put(EXTERNAL_FORWARDS.getName(), FormLists.jsonVariable(externalForwards));
    return variables;
  }
}
