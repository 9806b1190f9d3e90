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
 * The task listeners that connect the screening and meeting tasks to the agenda: on complete they validate and
 * apply what was submitted (a rejected submission leaves the task open and nothing saved).
 *
 * <p>The forms have numbered slots per agenda item (item1Decision, item2Decision, ...), hidden beyond
 * the meeting's item count: the 7.24 Tasklist cannot submit a Camunda Form with a dynamic list, and
 * one variable per field stays within Camunda's 4000 characters per text variable. Our API submits
 * the same as JSON lists ({@code screening}, {@code decisions}, {@code actions}).
 */
@Configuration(proxyBeanMethods = false)
class AgendaTaskListeners {

  static final String SCREENING = "screening";
  static final String DECISIONS = "decisions";
  static final String ACTIONS = "actions";
  static final String ITEM_COUNT = "itemCount";
  static final int ACTION_SLOTS = 15;
  static final String AGENDA_ITEM_COUNT = "agendaItemCount";
  static final String EMPTY_AGENDA_CONFIRMED = "emptyAgendaConfirmed";

  /**
   * The screening (the screen "Screen og prioritér punkter" and our API submit the JSON list {@code screening}): on
   * complete it is applied. Without a list (the Java API: tests, the demo) the proposed screening is applied: every
   * item accepted in today's order.
   */
  @Bean
  TaskListener screeningTask(Agenda agenda) {
    return task -> {
      String meetingId = MEETING_ID.from(task).get();
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        Object list = submitted(task, SCREENING);
        List<ScreeningInput> inputs = list != null
            ? FormLists.rows(list, ScreeningInput.class, "Punkter i pipeline")
            : agenda.proposedScreening(meetingId);
        agenda.applyScreening(meetingId, inputs, actor(task));
      }
    };
  }

  @Bean
  TaskListener meetingRecordTask(Agenda agenda) {
    return task -> {
      String meetingId = MEETING_ID.from(task).get();
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        List<Map<String, Object>> rows = agenda.decisionsView(meetingId);
        task.setVariableLocal(ITEM_COUNT, rows.size());
        for (int i = 1; i <= rows.size(); i++) {
          task.setVariableLocal(slot(i, "Id"), rows.get(i - 1).get("itemId"));
          task.setVariableLocal(slot(i, "Title"), rows.get(i - 1).get("title"));
        }
      } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        Object decisions = submitted(task, DECISIONS);
        Object actions = submitted(task, ACTIONS);
        MeetingRecord record = new MeetingRecord(
            FormLists.ids(submitted(task, "absentees")),
            submitted(task, "guests") instanceof String g ? g : null,
            decisions != null ? FormLists.rows(decisions, DecisionInput.class, "Beslutninger") : decisionSlots(task),
            actions != null ? FormLists.rows(actions, ActionInput.class, "Opfølgende handlinger") : actionSlots(task));
        agenda.recordMeeting(meetingId, record, actor(task));
      }
    };
  }

  private static List<DecisionInput> decisionSlots(DelegateTask task) {
    List<DecisionInput> inputs = new ArrayList<>();
    for (int i = 1; i <= itemCount(task); i++) {
      java.util.HashMap<String, Object> row = new java.util.HashMap<>();
      row.put("itemId", task.getVariableLocal(slot(i, "Id")));
      row.put("outcome", value(submitted(task, slot(i, "Outcome"))));
      row.put("decisionText", value(submitted(task, slot(i, "Decision"))));
      row.put("guests", value(submitted(task, slot(i, "Guests"))));
      row.put("targetForumId", value(submitted(task, slot(i, "TargetForum"))));
      row.put("targetMeetingId", value(submitted(task, slot(i, "TargetMeeting"))));
      row.put("reservation", value(submitted(task, slot(i, "Reservation"))));
      row.put("reservationOwner", value(submitted(task, slot(i, "ReservationOwner"))));
      inputs.add(FormLists.row(row, DecisionInput.class, "Punkt " + i));
    }
    return inputs;
  }

  /** Action slots name the item by its number on the agenda, as people do. */
  private static List<ActionInput> actionSlots(DelegateTask task) {
    List<ActionInput> inputs = new ArrayList<>();
    for (int j = 1; j <= ACTION_SLOTS; j++) {
      String item = value(submitted(task, "action" + j + "Item"));
      String description = value(submitted(task, "action" + j + "Description"));
      String owner = value(submitted(task, "action" + j + "Owner"));
      String due = value(submitted(task, "action" + j + "DueDate"));
      if (item.isBlank() && description.isBlank() && owner.isBlank() && due.isBlank()) {
        continue;
      }
      Long itemId = null;
      try {
        int position = Integer.parseInt(item.strip());
        if (position >= 1 && position <= itemCount(task)) {
          itemId = ((Number) task.getVariableLocal(slot(position, "Id"))).longValue();
        }
      } catch (NumberFormatException e) {
        // no item: the agenda's validation names the action
      }
      inputs.add(new ActionInput(itemId, description, owner, due));
    }
    return inputs;
  }

  private static String slot(int i, String field) {
    return "item" + i + field;
  }

  private static int itemCount(DelegateTask task) {
    return task.getVariableLocal(ITEM_COUNT) instanceof Number n ? n.intValue() : 0;
  }

  private static String value(Object value) {
    return value == null ? "" : value.toString();
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
