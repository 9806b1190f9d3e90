package dk.nordjylland.governance.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("isolated")
class WorkingDaysCalendarPluginTest {

  private static final ZoneId COPENHAGEN = EngineClock.zone();

  private final WorkingDays workingDays = new WorkingDays(CalendarProperties.defaults());
  private ProcessEngine engine;

  @AfterEach
  void tearDown() {
    EngineClock.reset();
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void replacesTheDueDateAndDurationCalendarsButKeepsTheCycleCalendar() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();

    new WorkingDaysCalendarPlugin(workingDays).preInit(configuration);

    BusinessCalendarManager calendars = configuration.getBusinessCalendarManager();
    assertThat(calendars.getBusinessCalendar("dueDate"))
        .isInstanceOf(WorkingDaysBusinessCalendar.class);
    assertThat(calendars.getBusinessCalendar("duration"))
        .isInstanceOf(WorkingDaysBusinessCalendar.class);
    assertThat(calendars.getBusinessCalendar("workingDays"))
        .isInstanceOf(WorkingDaysBusinessCalendar.class);
    assertThat(calendars.getBusinessCalendar("cycle")).isInstanceOf(CycleBusinessCalendar.class);
  }

  @Test
  void processModelsCountDueDatesTimersAndDeadlinesInWorkingDays() {
    engine = startEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("p.bpmn", process()).deploy();
    EngineClock.set(copenhagen(2025, 3, 7, 12, 0)); // a Friday

    String processInstanceId =
        engine.getRuntimeService()
            .startProcessInstanceByKey("p", Map.of("meetingDate", "2025-05-08"))
            .getId();

    Task task = engine.getTaskService().createTaskQuery().singleResult();
    Job timer = engine.getManagementService().createJobQuery().singleResult();
    assertThat(task.getProcessInstanceId()).isEqualTo(processInstanceId);
    assertThat(task.getDueDate()).isEqualTo(copenhagen(2025, 3, 10, 12, 0));
    assertThat(task.getFollowUpDate()).isEqualTo(copenhagen(2025, 4, 24, 12, 0));
    assertThat(timer.getDuedate()).isEqualTo(copenhagen(2025, 3, 12, 12, 0));
  }

  private ProcessEngine startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("working-days-calendar-test");
    configuration.setJdbcUrl("jdbc:h2:mem:working-days-calendar-test;DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(Map.of("workingDays", workingDays));
    configuration.getProcessEnginePlugins().add(new WorkingDaysCalendarPlugin(workingDays));
    return configuration.buildProcessEngine();
  }

  private static BpmnModelInstance process() {
    return Bpmn.createExecutableProcess("p")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("prepare")
        .camundaDueDate("P1D")
        .camundaFollowUpDate("${workingDays.before(meetingDate, 10)}")
        .boundaryEvent("reminder")
        .cancelActivity(false)
        .timerWithDuration("P3D")
        .endEvent()
        .moveToActivity("prepare")
        .endEvent()
        .done();
  }

  private static Date copenhagen(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, COPENHAGEN).toInstant());
  }
}
