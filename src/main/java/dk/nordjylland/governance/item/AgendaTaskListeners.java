package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;

import dk.nordjylland.governance.validation.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The task listeners that connect the screening and meeting forms to the agenda: on create they
 * prefill the form, on complete they validate and apply what was submitted (a rejected submission
 * leaves the task open and nothing saved).
 *
 * <p>The screening form has numbered slots per agenda item (item1Decision, item2Decision, ...), hidden
 * beyond the meeting's item count: the 7.24 Tasklist cannot submit a Camunda Form with a dynamic list.
 * Our API submits the same as JSON lists ({@code screening}, {@code decisions}, {@code actions}), and so
 * does the record-meeting screen (ADR 0037).
 */
@Configuration(proxyBeanMethods = false)
class AgendaTaskListeners {

  static final String SCREENING = "screening";
  static final String DECISIONS = "decisions";
  static final String ACTIONS = "actions";
  static final String ABSENTEES = "absentees";
  static final String GUESTS = "guests";
  static final String ITEM_COUNT = "itemCount";
  static final String AGENDA_ITEM_COUNT = "agendaItemCount";
  static final String EMPTY_AGENDA_CONFIRMED = "emptyAgendaConfirmed";

  @Bean
  TaskListener screeningTask(Agenda agenda) {
    return task -> {
      String meetingId = MEETING_ID.from(task).get();
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        List<Map<String, Object>> rows = agenda.screeningView(meetingId);
        task.setVariableLocal(ITEM_COUNT, rows.size());
        for (int i = 1; i <= rows.size(); i++) {
          Map<String, Object> row = rows.get(i - 1);
          task.setVariableLocal(slot(i, "Id"), row.get("itemId"));
          task.setVariableLocal(slot(i, "Title"), row.get("title"));
          task.setVariableLocal(slot(i, "Decision"), row.get("decision"));
          task.setVariableLocal(slot(i, "Position"), row.get("position"));
        }
      } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        Object list = submitted(task, SCREENING);
        List<ScreeningInput> inputs = list != null
            ? FormLists.rows(list, ScreeningInput.class, "Punkter i pipeline")
            : screeningSlots(task);
        agenda.applyScreening(meetingId, inputs, actor(task));
      }
    };
  }

  private static List<ScreeningInput> screeningSlots(DelegateTask task) {
    List<ScreeningInput> inputs = new ArrayList<>();
    for (int i = 1; i <= itemCount(task); i++) {
      java.util.HashMap<String, Object> row = new java.util.HashMap<>();
      row.put("itemId", task.getVariableLocal(slot(i, "Id")));
      row.put("decision", submitted(task, slot(i, "Decision")));
      row.put("position", submitted(task, slot(i, "Position")) instanceof Number n ? n.intValue() : null);
      row.put("deferToMeetingId", submitted(task, slot(i, "DeferTo")));
      row.put("targetForumId", submitted(task, slot(i, "TargetForum")));
      row.put("reason", submitted(task, slot(i, "Reason")));
      inputs.add(FormLists.row(row, ScreeningInput.class, "Punkt " + i));
    }
    return inputs;
  }

  /**
   * The meeting's record, from the record-meeting screen or our API: the same JSON lists either way (ADR 0037), so
   * one code path checks and applies it.
   */
  @Bean
  TaskListener meetingRecordTask(Agenda agenda) {
    return task -> {
      String meetingId = MEETING_ID.from(task).get();
      Object decisions = submitted(task, DECISIONS);
      Object actions = submitted(task, ACTIONS);
      MeetingRecord record = new MeetingRecord(
          FormLists.ids(submitted(task, ABSENTEES)),
          submitted(task, GUESTS) instanceof String g ? g : null,
          FormLists.rows(decisions, DecisionInput.class, "Beslutninger"),
          FormLists.rows(actions, ActionInput.class, "Opfølgende handlinger"));
      agenda.recordMeeting(meetingId, record, actor(task));
    };
  }

  private static String slot(int i, String field) {
    return "item" + i + field;
  }

  private static int itemCount(DelegateTask task) {
    return task.getVariableLocal(ITEM_COUNT) instanceof Number n ? n.intValue() : 0;
  }

  /** The agenda as text for the pre-meeting, agenda approval and meeting forms. */
  @Bean
  TaskListener agendaTextView(Agenda agenda, Items items) {
    return task -> {
      String meetingId = MEETING_ID.from(task).get();
      task.setVariableLocal("agendaText", agenda.agendaText(meetingId));
      // The approval form shows its "agenda without items" confirmation only when the agenda is empty.
      task.setVariableLocal(AGENDA_ITEM_COUNT, items.agenda(meetingId).size());
    };
  }

  /**
   * Approving an empty agenda sends the members an agenda without items: the chair confirms it with the checkbox
   * {@code emptyAgendaConfirmed} (issue 14: one was approved and mailed without a warning). The confirmation is read
   * once, so a later approval of the same meeting asks again.
   */
  @Bean
  TaskListener emptyAgendaConfirmation(Items items) {
    return task -> {
      Object confirmed = submitted(task, EMPTY_AGENDA_CONFIRMED);
      if (Boolean.TRUE.equals(task.getVariable("agendaApproved")) && !Boolean.TRUE.equals(confirmed)
          && items.agenda(MEETING_ID.from(task).get()).isEmpty()) {
        throw new UserInputException("Dagsordenen kan ikke godkendes: den har ingen punkter. Sæt kryds ved"
            + " 'Ja, udsend en dagsorden uden punkter', hvis den skal udsendes alligevel, eller send den tilbage til"
            + " screening.");
      }
    };
  }

  /**
   * What the form submitted: Camunda sets submitted variables on the execution, where our task-local
   * prefill of the same name would hide them. The value then leaves the process, which keeps ids only.
   */
  private static Object submitted(DelegateTask task, String name) {
    Object value = task.getExecution().getVariable(name);
    if (value == null) {
      return task.getVariableLocal(name);
    }
    task.getExecution().removeVariable(name);
    return value;
  }

  private static String actor(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? "system" : auth.getUserId();
  }
}
