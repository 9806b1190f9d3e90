package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.overview.OverviewRows.Waiting;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Where a process instance waits, read from the engine's history: its unfinished wait states (user tasks, timers,
 * call activities) with their Danish names from the BPMN, since when, the working days since then and whether an
 * open task is past its due date. Called as the system: the caller's rights are checked before.
 */
@Component
class CurrentSteps {

  /** The activity types a cycle waits in; gateways, scopes and service tasks pass by. */
  static final Set<String> WAIT_STATES = Set.of("userTask", "intermediateTimer", "callActivity", "receiveTask",
      "intermediateMessageCatch", "intermediateSignalCatch", "eventBasedGateway");

  private final HistoryService historyService;
  private final TaskService taskService;
  private final WorkingDays workingDays;

  CurrentSteps(HistoryService historyService, TaskService taskService, WorkingDays workingDays) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.workingDays = workingDays;
  }

  /** The instance's current step(s), or "Afsluttet" and its end when it has ended; null without an instance. */
  Waiting of(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      return null;
    }
    if (instance.getEndTime() != null) {
      return new Waiting("Afsluttet", time(instance.getEndTime()), null, null, false);
    }
    List<HistoricActivityInstance> open = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).unfinished().orderByHistoricActivityInstanceStartTime().asc().list()
        .stream().filter(a -> WAIT_STATES.contains(a.getActivityType())).toList();
    String step = String.join("; ", open.stream().map(a -> a.getActivityName() == null ? a.getActivityId()
        : a.getActivityName()).distinct().toList());
    LocalDateTime since = open.isEmpty() ? time(instance.getStartTime()) : time(open.get(0).getStartTime());
    return waiting(step.isEmpty() ? "I gang" : step, since,
        taskService.createTaskQuery().processInstanceId(processInstanceId));
  }

  /** A step named by the caller, with the due dates of the open tasks the query finds. */
  Waiting waiting(String step, LocalDateTime since, TaskQuery openTasks) {
    LocalDateTime due = openTasks.list().stream().map(Task::getDueDate).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).map(CurrentSteps::time).orElse(null);
    return waiting(step, since, due);
  }

  Waiting waiting(String step, LocalDateTime since, LocalDateTime due) {
    LocalDateTime now = EngineClock.now();
    Integer days = since == null ? null : Math.max(0, workingDays.workingDaysBetween(since.toLocalDate(),
        now.toLocalDate()));
    return new Waiting(step, since, days, due, due != null && due.isBefore(now));
  }

  static LocalDateTime time(Date date) {
    return date == null ? null : EngineClock.inLocalTime(date);
  }
}
