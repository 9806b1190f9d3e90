package dk.nordjylland.governance.calendar;

import java.util.Set;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes day counts in process models mean Danish working days.
 *
 * <p>Camunda 7 has no BPMN attribute to pick a business calendar: user task {@code
 * camunda:dueDate} and {@code camunda:followUpDate} always use the calendar named {@value
 * DueDateBusinessCalendar#NAME}, timer {@code timeDate} uses it as well, and timer {@code
 * timeDuration} uses {@code "duration"}. So this plugin replaces both of those with {@link
 * WorkingDaysBusinessCalendar}: {@code P5D} there means five working days, {@code PT2H} still
 * means two hours, and fixed dates and expressions returning a Date are untouched. It is also
 * registered as {@value #CALENDAR_NAME} for Java code that asks for it by name. Timer cycles
 * ({@code timeCycle}, "cycle") keep Camunda's calendar: repetitions such as {@code R3/P1D} and
 * cron expressions are about elapsed time.
 *
 * <p>Deadlines relative to another date than "now" (usually the meeting) are written as
 * expressions with the {@code workingDays} bean, e.g. {@code ${workingDays.before(meetingDate,
 * 10)}}.
 */
@Component
final class WorkingDaysCalendarPlugin extends AbstractProcessEnginePlugin {

  static final String CALENDAR_NAME = "workingDays";
  private static final Set<String> REPLACED_NAMES =
      Set.of(CALENDAR_NAME, DueDateBusinessCalendar.NAME, DurationBusinessCalendar.NAME);

  private final WorkingDays workingDays;

  WorkingDaysCalendarPlugin(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BusinessCalendar calendar = new WorkingDaysBusinessCalendar(workingDays);
    // The engine only fills in its default calendars when none is set, so a manager set here
    // must also supply "cycle"; delegating keeps any calendars someone else configured.
    BusinessCalendarManager others =
        configuration.getBusinessCalendarManager() != null
            ? configuration.getBusinessCalendarManager()
            : new MapBusinessCalendarManager()
                .addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(
        name -> REPLACED_NAMES.contains(name) ? calendar : others.getBusinessCalendar(name));
  }
}
