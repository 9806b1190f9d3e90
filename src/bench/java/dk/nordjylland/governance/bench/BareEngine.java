package dk.nordjylland.governance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * A bare Camunda engine with our BPMN models and none of our code: every delegate and listener is a no-op, the
 * schedule beans answer fixed dates. The engine work our delegates cause is kept, so the models do the same
 * steps: the call for items, the agenda and the minutes each start a notificationDelivery (whose mail job the
 * job executor runs), and the follow-up starts 4 followUpAction processes (3 actions, 1 reservation). Settings
 * as the Spring Boot starter's: UUID ids, full history, job executor on.
 */
public final class BareEngine {

  private BareEngine() {}

  static ProcessEngine start(DataSource dataSource, String name) {
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName(name);
    cfg.setDataSource(dataSource);
    cfg.setDatabaseSchemaUpdate("true");
    cfg.setHistory("full");
    cfg.setIdGenerator(new StrongUuidGenerator());
    cfg.setJobExecutorActivate(true);
    cfg.setEnforceHistoryTimeToLive(false);
    cfg.setDbMetricsReporterActivate(false);
    Map<Object, Object> beans = new HashMap<>();
    NoOp noOp = new NoOp();
    for (String name2 : List.of("meetingTaskView", "meetingTaskCompletion", "screeningTask", "meetingRecordTask",
        "agendaTextView", "actionTaskView", "actionTaskCompletion", "remindItemDeadline", "escalateItemDeadline",
        "remindActionOwner", "escalateActionToSecretariat", "escalateActionToChair", "recordActionDone",
        "recordReservationCleared", "registerItemProposal", "deliverNotification", "startPreMeeting",
        "preMeetingRecorded")) {
      beans.put(name2, noOp);
    }
    beans.put("openCallForItems", new Notify());
    beans.put("publishAgenda", new Notify());
    beans.put("publishMinutes", new Notify());
    beans.put("startFollowUp", new StartFollowUp());
    beans.put("meetingSchedule", new Schedule());
    beans.put("preMeetings", new PreMeetings());
    beans.put("candidateGroups", new dk.nordjylland.governance.identity.CandidateGroups(id -> true, id -> true));
    beans.put("actionSchedule", new ActionDates());
    cfg.setBeans(beans);
    ProcessEngine engine = cfg.buildProcessEngine();
    deploy(engine);
    return engine;
  }

  /** processes/ and forms/ of the project, as the application deploys them. */
  static void deploy(ProcessEngine engine) {
    for (Path model : files("processes")) {
      DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
          .name(model.getFileName().toString()).enableDuplicateFiltering(true);
      try {
        deployment.addInputStream("processes/" + model.getFileName(), Files.newInputStream(model));
        for (Path form : files("forms")) {
          deployment.addInputStream("forms/" + form.getFileName(), Files.newInputStream(form));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      deployment.deploy();
    }
  }

  private static List<Path> files(String dir) {
    try (Stream<Path> s = Files.list(Path.of(dir))) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static class NoOp implements JavaDelegate, TaskListener, ExecutionListener {
    @Override
    public void execute(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}

    @Override
    public void notify(DelegateExecution execution) {}
  }

  /** The outbox's engine work: one notificationDelivery instance per message. */
  public static class Notify implements JavaDelegate {
    private static final AtomicLong IDS = new AtomicLong();

    @Override
    public void execute(DelegateExecution execution) {
      long id = IDS.incrementAndGet();
      execution.getProcessEngineServices().getRuntimeService().createProcessInstanceByKey("notificationDelivery")
          .businessKey("notification-" + id).setVariable("notificationId", id).execute();
    }
  }

  /** The follow-up's engine work: 3 actions and 1 reservation. */
  public static class StartFollowUp implements JavaDelegate {
    private static final AtomicLong IDS = new AtomicLong();

    @Override
    public void execute(DelegateExecution execution) {
      for (int i = 0; i < 4; i++) {
        long id = IDS.incrementAndGet();
        Map<String, Object> vars = new HashMap<>();
        vars.put("actionId", id);
        vars.put("ownerGroup", "ffu-secretariat");
        vars.put("ownerUser", null);
        vars.put("forumId", "ffu");
        vars.put("actionKind", i == 3 ? "RESERVATION" : "ACTION");
        execution.getProcessEngineServices().getRuntimeService()
            .startProcessInstanceByKey("followUpAction", "action-" + id, vars);
      }
    }
  }

  static Date daysAhead(int days) {
    return new Date(ClockUtil.getCurrentTime().getTime() + days * 86_400_000L);
  }

  /** The bench's forums have no pre-meeting (ADR 0046). */
  public static class PreMeetings {
    public boolean pending(String meetingId) { return false; }
    public Date waitEnds(String meetingId) { return daysAhead(29); }
  }

  public static class Schedule {
    public Date itemDeadline(String meetingId) { return daysAhead(20); }
    public Date itemReminder(String meetingId) { return daysAhead(18); }
    public Date itemEscalation(String meetingId) { return daysAhead(21); }
    public Date screeningDue(String meetingId) { return daysAhead(25); }
    public Date preMeetingDue(String meetingId) { return daysAhead(28); }
    public Date agendaPublication(String meetingId) { return daysAhead(30); }
    public Date meetingStart(String meetingId) { return daysAhead(35); }
    public Date meetingEnd(String meetingId) { return daysAhead(35); }
    public Date minutesDraftDue(String meetingId) { return daysAhead(40); }
    public Date commentDeadline(String meetingId) { return daysAhead(45); }
    public Date minutesApprovalDue(String meetingId) { return daysAhead(50); }
    public List<String> commentators(String meetingId) { return List.of("lone.berg", "jens.bach"); }
  }

  public static class ActionDates {
    public Date due(Long actionId) { return daysAhead(60); }
    public Date reminder(Long actionId) { return daysAhead(58); }
    public Date escalateToSecretariat(Long actionId) { return daysAhead(61); }
    public Date escalateToChair(Long actionId) { return daysAhead(63); }
  }
}
