package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.overview.OverviewRows.ActionRow;
import dk.nordjylland.governance.overview.OverviewRows.AgreementRow;
import dk.nordjylland.governance.overview.OverviewRows.ConsultationRow;
import dk.nordjylland.governance.overview.OverviewRows.MeetingRow;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The steps the overview watches, of all four kinds (meeting cycles, agreements, consultations, follow-up actions):
 * selected by forum and state for the page, and the overdue ones for the metrics. Callers read as the system.
 */
@Component
class OverviewSteps {

  /** The rows of each kind that match a filter. */
  record Selected(List<MeetingRow> meetings, List<AgreementRow> agreements, List<ConsultationRow> consultations,
      List<ActionRow> actions) {}

  private final MeetingRows meetings;
  private final AgreementRows agreements;
  private final ConsultationRows consultations;
  private final ActionRows actions;

  OverviewSteps(MeetingRows meetings, AgreementRows agreements, ConsultationRows consultations, ActionRows actions) {
    this.meetings = meetings;
    this.agreements = agreements;
    this.consultations = consultations;
    this.actions = actions;
  }

  /**
   * The rows of the forum (null: all) in the state (null: all; "running", "finished", else "overdue"), already
   * checked by the caller.
   */
  Selected select(String forumId, String state) {
    Predicate<String> inForum = id -> forumId == null || forumId.equals(id);
    return new Selected(
        meetings.list().stream().filter(m -> inForum.test(m.forumId()))
            .filter(m -> matches(state, m.running(), m.waiting() != null && m.waiting().overdue())).toList(),
        agreements.list().stream().filter(a -> inForum.test(a.forumId()))
            .filter(a -> matches(state, a.running(), a.waiting() != null && a.waiting().overdue())).toList(),
        consultations.list().stream().filter(c -> inForum.test(c.forumId()))
            .filter(c -> matches(state, c.running(), c.waiting() != null && c.waiting().overdue())).toList(),
        actions.list().stream().filter(a -> inForum.test(a.forumId()))
            .filter(a -> matches(state, a.running(), a.overdue())).toList());
  }

  /** The forum id (null for none) of each overdue step. */
  Stream<String> overdueForumIds() {
    return Stream.of(
        meetings.list().stream().filter(m -> m.waiting() != null && m.waiting().overdue()).map(MeetingRow::forumId),
        agreements.list().stream().filter(a -> a.waiting() != null && a.waiting().overdue())
            .map(AgreementRow::forumId),
        consultations.list().stream().filter(c -> c.waiting() != null && c.waiting().overdue())
            .map(ConsultationRow::forumId),
        actions.list().stream().filter(ActionRow::overdue).map(ActionRow::forumId)).flatMap(s -> s);
  }

  private static boolean matches(String state, boolean running, boolean overdue) {
    return state == null || switch (state) {
      case "running" -> running;
      case "finished" -> !running;
      default -> overdue;
    };
  }
}
