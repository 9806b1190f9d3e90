package dk.nordjylland.governance.item;

import java.util.List;

/**
 * A correction of approved minutes (POST /api/meetings/{id}/minutes/corrections, ADR 0059): why, and the new wording of
 * one or more items' decisions. Per item: {@code decisionText} and {@code publicDecision} (a closed item's) replace the
 * stored wording, null leaves it as it is, "" empties it; {@code outcome}, if given, must be the recorded one (it cannot
 * change after the approval).
 */
public record MinutesCorrection(String reason, List<Wording> decisions) {

  /** The subject of a problem about the reason (UserInputException subjects; a screen shows it at the field). */
  public static final String REASON = "reason";
  /** The subject of "nothing changed": about the decisions as a whole. */
  public static final String DECISIONS = "decisions";

  /** One item's decision as it should read. */
  public record Wording(Long itemId, Outcome outcome, String decisionText, String publicDecision) {}

  /** The subject of a problem about one field of an item's correction: "item:12:decisionText". */
  public static String subject(long itemId, String field) {
    return ProblemSubjects.subject(itemId) + ":" + field;
  }
}
