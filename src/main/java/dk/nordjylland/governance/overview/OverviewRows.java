package dk.nordjylland.governance.overview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The rows of the process owner's overview (issue 18), the same for the Cockpit plugin and {@code GET /api/overview}.
 * Every text meant for a reader is Danish; ids are for links and other tools.
 */
public final class OverviewRows {

  private OverviewRows() {}

  /** Where something waits: the step's Danish name, since when, how many working days, and whether it is overdue. */
  public record Waiting(String step, LocalDateTime since, Integer workingDays, LocalDateTime due, boolean overdue) {}

  /**
   * A meeting's cycle, running or finished. {@code instanceLink}: the instance in Cockpit (null before the cycle
   * starts); {@code documentsLink}: the meeting's documents in our API.
   */
  public record MeetingRow(String id, String forumId, String forum, LocalDateTime startsAt, String status,
      boolean running, Waiting waiting, String processInstanceId, String instanceLink, String documentsLink,
      String portalLink) {}

  /** A party's answer in the agreement's latest round: "Godkendt med forbehold", or "Afventer svar". */
  public record PartyRow(String party, String answer, String remarks, LocalDate due, boolean openReservation) {}

  /** A collaboration agreement: its forum step (FFU, SSF, SSU), where it waits, the parties' answers. */
  public record AgreementRow(long id, String title, String forumId, String forumStep, String status, boolean running,
      Waiting waiting, List<PartyRow> parties, List<String> openReservations, String processInstanceId,
      String instanceLink) {}

  /** A consultation: who answered and who has not, by name, and the reply deadline. */
  public record ConsultationRow(long id, String subject, String forumId, String status, boolean running,
      LocalDate replyBy, List<String> answered, List<String> missing, Waiting waiting, String processInstanceId,
      String instanceLink) {}

  /** A follow-up action or reservation: the owner by name, the due date. */
  public record ActionRow(long id, String description, String kind, String forumId, String meetingId, String owner,
      LocalDate due, String status, boolean running, boolean overdue, String processInstanceId,
      String instanceLink) {}

  /** Waiting time of one step over the last 12 months, in working days (finished steps only). */
  public record StepStatistics(String process, String step, int count, double medianWorkingDays,
      double p90WorkingDays) {}

  /** A forum to filter by: its id and short name. */
  public record ForumOption(String id, String name) {}

  /** The whole overview as of {@code asOf} (the engine's clock), after the filters; {@code forums}: the choices. */
  public record Overview(LocalDateTime asOf, String forum, String status, List<ForumOption> forums,
      List<MeetingRow> meetings,
      List<AgreementRow> agreements, List<ConsultationRow> consultations, List<ActionRow> actions,
      List<StepStatistics> waitingTimes) {}
}
