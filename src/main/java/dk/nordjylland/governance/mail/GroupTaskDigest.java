package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One message per group with the group's new unassigned tasks since the last digest, instead of one
 * mail per task. The state row is locked while the digest runs, so on several nodes only one sends it.
 */
@Service
class GroupTaskDigest {

  private final JdbcClient jdbc;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final Notifications notifications;
  private final GovernanceMailProperties mail;

  GroupTaskDigest(JdbcClient jdbc, TaskService taskService, IdentityService identityService,
      Notifications notifications, GovernanceMailProperties mail) {
    this.jdbc = jdbc;
    this.taskService = taskService;
    this.identityService = identityService;
    this.notifications = notifications;
    this.mail = mail;
  }

  /** Writes the digests of the tasks created since the last run; returns the groups written to. */
  @Transactional
  public List<String> send() {
    LocalDateTime lastRun = jdbc.sql("select last_run from gov_task_digest where id = 1 for update")
        .query(LocalDateTime.class).single();
    Date now = ClockUtil.getCurrentTime();
    Map<String, List<Task>> byGroup = new TreeMap<>();
    for (Task task : taskService.createTaskQuery().taskCreatedAfter(Date.from(lastRun.atZone(EngineClock.ZONE).toInstant()))
        .taskUnassigned().list()) {
      if (task.getCreateTime().after(now)) {
        continue;
      }
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          byGroup.computeIfAbsent(link.getGroupId(), g -> new java.util.ArrayList<>()).add(task);
        }
      }
    }
    byGroup.forEach((groupId, tasks) -> notifications.toGroup(groupId, NotificationKind.TASK_DIGEST, null,
        tasks.size() == 1 ? "Ny opgave til " + groupName(groupId) : tasks.size() + " nye opgaver til " + groupName(groupId),
        body(tasks)));
    jdbc.sql("update gov_task_digest set last_run = ? where id = 1")
        .param(LocalDateTime.ofInstant(now.toInstant(), EngineClock.ZONE)).update();
    return List.copyOf(byGroup.keySet());
  }

  private String groupName(String groupId) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private String body(List<Task> tasks) {
    StringBuilder text = new StringBuilder("Der er nye opgaver i opgavelisten (filteret \"Min gruppes opgaver\"):\n\n");
    tasks.stream().sorted(java.util.Comparator.comparing(Task::getCreateTime)).forEach(t -> {
      text.append("- ").append(t.getName());
      if (t.getDescription() != null) {
        text.append(": ").append(t.getDescription());
      }
      if (t.getDueDate() != null) {
        text.append(" (frist ").append(DanishDates.dateTime(t.getDueDate())).append(")");
      }
      // On the task's own line: the mail's text blocks keep one bullet per task.
      text.append(" – åbn: ").append(TaskLinks.task(mail.baseUrl(), t.getId())).append("\n");
    });
    return text.append("\nOpgavelisten: ").append(TaskLinks.tasklist(mail.baseUrl())).toString();
  }
}
