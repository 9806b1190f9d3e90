package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.SCREENING;

import java.util.List;
import java.util.Map;

/** The screening decision for one item (the screen-items screen or the API). */
public record ScreeningInput(
    Long itemId, ScreeningDecision decision, Integer position, String deferToMeetingId, String targetForumId,
    String reason) {

  /** The screening task's variables: the JSON list {@code screening}, as the screen and our API submit it. */
  public static Map<String, Object> asTaskVariables(List<ScreeningInput> screening) {
    return Map.of(SCREENING.getName(), FormLists.jsonVariable(screening));
  }
}
