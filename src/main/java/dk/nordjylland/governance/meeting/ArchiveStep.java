package dk.nordjylland.governance.meeting;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the cycle of a past meeting registered for the archive starts (issue 15): the secretariat registers a meeting
 * that was held before the product knew it, so the steps before the meeting (call, screening, agenda) are skipped.
 */
public enum ArchiveStep {
  /** The record of attendance and decisions, then minutes, approval and follow-up as for any meeting. */
  RECORD_MEETING("recordMeeting", "Registrér fremmøde og beslutninger", MeetingCycleProcess.Elements.RECORD_MEETING,
      MeetingStatus.AGENDA_PUBLISHED),
  /** Only the meeting and its items, for the cases' history: no cycle, no tasks. */
  REGISTERED("registered", "Kun registreret (ingen opgaver)", null, MeetingStatus.COMPLETED);

  private final String code;
  private final String danish;
  private final String activityId;
  private final MeetingStatus status;

  ArchiveStep(String code, String danish, String activityId, MeetingStatus status) {
    this.code = code;
    this.danish = danish;
    this.activityId = activityId;
    this.status = status;
  }

  /** The value clients send ({@code "startAt": "recordMeeting"}). */
  public String code() {
    return code;
  }

  public String danish() {
    return danish;
  }

  /** The BPMN element the cycle starts before; null: no cycle. */
  String activityId() {
    return activityId;
  }

  /** The status the meeting is registered in: where a meeting stands when that step is next. */
  MeetingStatus status() {
    return status;
  }

  public static Optional<ArchiveStep> parse(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
  }

  /** "'recordMeeting' (Registrér fremmøde og beslutninger) eller 'registered' (...)": for refusals. */
  public static String choices() {
    return String.join(" eller ", Arrays.stream(values()).map(s -> "'" + s.code + "' (" + s.danish + ")").toList());
  }
}
