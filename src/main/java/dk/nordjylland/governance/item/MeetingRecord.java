package dk.nordjylland.governance.item;

import java.util.List;

/** What the secretariat records about a held meeting. */
public record MeetingRecord(
    List<String> absentees, String guests, List<DecisionInput> decisions, List<ActionInput> actions) {

  public MeetingRecord {
    absentees = absentees == null ? List.of() : List.copyOf(absentees);
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }
}
