package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The task listeners that connect the screening and meeting forms to the agenda: on create they
 * prefill the form's list, on complete they validate and apply what was submitted (a rejected
 * submission leaves the task open and nothing saved).
 */
@Configuration(proxyBeanMethods = false)
class AgendaTaskListeners {

  static final String SCREENING = "screening";
  static final String DECISIONS = "decisions";
  static final String ACTIONS = "actions";

  @Bean
  TaskListener screeningTask(Agenda agenda) {
    return task -> {
      String meetingId = MEETING_ID.from(task).get();
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setVariableLocal(SCREENING, FormLists.json(agenda.screeningView(meetingId)));
      } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        agenda.applyScreening(meetingId, FormLists.rows(submitted(task, SCREENING), ScreeningInput.class,
            "Punkter i pipeline"), actor(task));
      }
    };
  }

  @Bean
  TaskListener meetingRecordTask(Agenda agenda) {
    return task -> {
      String meetingId = MEETING_ID.from(task).get();
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setVariableLocal(DECISIONS, FormLists.json(agenda.decisionsView(meetingId)));
        task.setVariableLocal(ACTIONS, FormLists.json(java.util.List.of()));
      } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        MeetingRecord record = new MeetingRecord(
            FormLists.ids(submitted(task, "absentees")),
            submitted(task, "guests") instanceof String g ? g : null,
            FormLists.rows(submitted(task, DECISIONS), DecisionInput.class, "Beslutninger"),
            FormLists.rows(submitted(task, ACTIONS), ActionInput.class, "Opfølgende handlinger"));
        agenda.recordMeeting(meetingId, record, actor(task));
      }
    };
  }

  /**
   * What the form submitted: Camunda sets submitted variables on the execution, where our task-local
   * prefill of the same name would hide them. The list then leaves the process, which keeps ids only.
   */
  private static Object submitted(DelegateTask task, String name) {
    Object value = task.getExecution().getVariable(name);
    if (value == null) {
      return task.getVariableLocal(name);
    }
    task.getExecution().removeVariable(name);
    return value;
  }

  /** The agenda as text for the pre-meeting, agenda approval and meeting forms. */
  @Bean
  TaskListener agendaTextView(Agenda agenda) {
    return task -> task.setVariableLocal("agendaText", agenda.agendaText(MEETING_ID.from(task).get()));
  }

  private static String actor(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? "system" : auth.getUserId();
  }
}
