package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.overview.OverviewRows.StepStatistics;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * How long each step waited over the last 12 months, from the engine's history: the user tasks and forum steps
 * (call activities) that finished in that time, in working days from start to end (weekends and Danish holidays do
 * not count), median and 90th percentile per process and step. Cancelled steps (a meeting moved or cancelled) are left
 * out: they did not wait for their people.
 */
@Component
class WaitingTimes {

  private static final Set<String> STEP_TYPES = Set.of("userTask", "callActivity");
  /** Mail delivery retries are machinery, not a step of the governance. */
  private static final Set<String> NOT_STEPS = Set.of("notificationDelivery");

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final WorkingDays workingDays;

  WaitingTimes(HistoryService historyService, RepositoryService repositoryService, WorkingDays workingDays) {
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.workingDays = workingDays;
  }

  List<StepStatistics> lastTwelveMonths() {
    LocalDateTime now = EngineClock.now();
    Date from = EngineClock.toDate(now.minusMonths(12));
    Map<String, String> processNames = new LinkedHashMap<>();
    Map<String, String> keys = new LinkedHashMap<>();
    for (ProcessDefinition d : repositoryService.createProcessDefinitionQuery().list()) {
      keys.put(d.getId(), d.getKey());
      processNames.putIfAbsent(d.getKey(), d.getName() == null ? d.getKey() : d.getName());
    }
    Map<List<String>, List<Integer>> days = new LinkedHashMap<>();
    for (HistoricActivityInstance a : historyService.createHistoricActivityInstanceQuery().finished()
        .finishedAfter(from).list()) {
      String key = keys.getOrDefault(a.getProcessDefinitionId(), a.getProcessDefinitionKey());
      if (!STEP_TYPES.contains(a.getActivityType()) || a.isCanceled() || NOT_STEPS.contains(key)) {
        continue;
      }
      String step = a.getActivityName() == null ? a.getActivityId() : a.getActivityName();
      days.computeIfAbsent(List.of(processNames.getOrDefault(key, key), step), k -> new ArrayList<>())
          .add(Math.max(0, workingDays.workingDaysBetween(CurrentSteps.time(a.getStartTime()).toLocalDate(),
              CurrentSteps.time(a.getEndTime()).toLocalDate())));
    }
    List<StepStatistics> result = new ArrayList<>();
    days.forEach((k, values) -> result.add(statistics(k.get(0), k.get(1), values)));
    result.sort(Comparator.comparing(StepStatistics::process).thenComparing(StepStatistics::step));
    return result;
  }

  static StepStatistics statistics(String process, String step, List<Integer> values) {
    List<Integer> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    // Nearest rank: the smallest value that at least 90 % of the steps do not exceed.
    double p90 = sorted.get((int) Math.ceil(0.9 * n) - 1);
    return new StepStatistics(process, step, n, median, p90);
  }
}
