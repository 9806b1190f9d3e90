package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.overview.OverviewRows.Overview;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process owner's overview (issue 18): every meeting cycle (running and finished), agreement, consultation and
 * follow-up action, where each waits, for how many working days, and what is overdue; and the waiting time per step
 * over the last 12 months. Read as the system: callers check who may see it ({@link OverviewAccess}).
 */
@Service
public class GovernanceOverview {

  /** The status filter's values. */
  static final Set<String> STATUSES = Set.of("running", "finished", "overdue");

  private final MasterData masterData;
  private final AsSystem asSystem;
  private final WaitingTimes waitingTimes;
  private final OverviewSteps steps;

  GovernanceOverview(MasterData masterData, AsSystem asSystem, WaitingTimes waitingTimes, OverviewSteps steps) {
    this.masterData = masterData;
    this.asSystem = asSystem;
    this.waitingTimes = waitingTimes;
    this.steps = steps;
  }

  /**
   * The overview, filtered.
   *
   * @param forum a forum id ("ffu"), or null for all
   * @param status "running", "finished", "overdue", or null for all
   * @throws UserInputException (Danish) for an unknown forum or status
   */
  @Transactional(readOnly = true)
  public Overview overview(String forum, String status) {
    String forumId = blankToNull(forum);
    String state = blankToNull(status);
    if (forumId != null && masterData.forum(forumId).isEmpty()) {
      throw new UserInputException("Forummet \"" + forumId + "\" findes ikke. Vælg et af: "
          + masterData.forums().stream().map(Forum::id).collect(Collectors.joining(", ")) + ".");
    }
    if (state != null && !STATUSES.contains(state)) {
      throw new UserInputException("Status skal være running (i gang), finished (afsluttet) eller overdue "
          + "(overskredet), ikke \"" + state + "\".");
    }
    return asSystem.call(() -> {
      OverviewSteps.Selected selected = steps.select(forumId, state);
      List<OverviewRows.ForumOption> forums = masterData.forums().stream()
          .map(f -> new OverviewRows.ForumOption(f.id(), f.shortName())).toList();
      return new Overview(EngineClock.now(), forumId, state, forums, selected.meetings(), selected.agreements(),
          selected.consultations(), selected.actions(), waitingTimes.lastTwelveMonths());
    });
  }

  /** Overdue steps per forum id (meetings, agreements, consultations, actions); "ingen" for those of no forum. */
  @Transactional(readOnly = true)
  public Map<String, Long> overdueByForum() {
    return asSystem.call(() -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      masterData.forums().forEach(f -> counts.put(f.id(), 0L));
      counts.put(NO_FORUM, 0L);
      steps.overdueForumIds().forEach(id -> counts.merge(forumKey(id), 1L, Long::sum));
      return counts;
    });
  }

  static final String NO_FORUM = "ingen";

  /** The forum ids of the master data, and "ingen". */
  List<String> forumKeys() {
    List<String> keys = new ArrayList<>(masterData.forums().stream().map(Forum::id).toList());
    keys.add(NO_FORUM);
    return keys;
  }

  private static String forumKey(String forumId) {
    return forumId == null ? NO_FORUM : forumId;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
