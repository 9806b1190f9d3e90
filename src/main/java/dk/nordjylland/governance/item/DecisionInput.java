package dk.nordjylland.governance.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A meeting's decision on one agenda item (the record-meeting screen and the API send the same JSON list
 * {@code decisions}).
 *
 * <p>Outcomes as they happen (ADR 0044): {@code targetForumId} / {@code targetMeetingId} with an outcome that does
 * not bring the item back here (e.g. "Drøftet") also send the item on to that forum, or to that meeting (its forum
 * then follows from the meeting); {@code postponedPart} says which part is postponed: it comes back on the forum's
 * next meeting as an item of its own; {@code subTopics} are the item's underpunkter with their own outcomes.
 */
public record DecisionInput(
    Long itemId,
    Outcome outcome,
    String decisionText,
    String targetForumId,
    String targetMeetingId,
    String reservation,
    String reservationOwner,
    String guests,
    String postponedPart,
    List<SubTopicInput> subTopics) {

  @JsonCreator
  public DecisionInput {
    subTopics = subTopics == null ? List.of() : List.copyOf(subTopics);
  }

  /** A decision with one outcome and no parts or sub-topics. */
  public DecisionInput(Long itemId, Outcome outcome, String decisionText, String targetForumId, String targetMeetingId,
      String reservation, String reservationOwner, String guests) {
    this(itemId, outcome, decisionText, targetForumId, targetMeetingId, reservation, reservationOwner, guests, null,
        List.of());
  }

  /** Whether the decision names where the item goes, besides its outcome. */
  boolean namesTarget() {
    return notBlank(targetForumId) || notBlank(targetMeetingId);
  }

  static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }
}
