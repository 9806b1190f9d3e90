package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ABSENTEES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ACTIONS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_ITEM_COUNT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.DECISIONS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.EMPTY_AGENDA_CONFIRMED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.EXTERNAL_FORWARDS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.GUESTS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.SCREENING;
import static dk.nordjylland.governance.task.TaskInput.actor;
import static dk.nordjylland.governance.task.TaskInput.submitted;

import dk.nordjylland.governance.validation.Problems;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The task listeners that connect the screening and meeting tasks to the agenda: on complete they validate and
 * apply what was submitted (a rejected submission leaves the task open and nothing saved). The screens and our API
 * submit the same JSON lists ({@code screening}, {@code decisions}, {@code actions}; ADR 0036, 0037), so one code
 * path checks and applies them.
 */
@Configuration(proxyBeanMethods = false)
class AgendaTaskListeners {

  /**
   * The screening (the screen "Screen og prioritér punkter" and our API submit the JSON list {@code screening}, ADR
   * 0036): on complete it is applied. Without a list (the Java API: tests, the demo) the proposed screening is
   * applied: every item accepted in today's order.
   */
  @Bean
  TaskListener screeningTask(Screening screening) {
    return task -> {
      String meetingId = MEETING_ID.from(task).get();
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        Object list = submitted(task, SCREENING);
        List<ScreeningInput> inputs = list != null
            ? FormLists.rows(list, ScreeningInput.class, "Punkter i pipeline")
            : screening.proposedScreening(meetingId);
        screening.applyScreening(meetingId, inputs, actor(task));
      }
    };
  }

  /**
   * The meeting's record, from the record-meeting screen or our API: the same JSON lists either way (ADR 0037), so
   * one code path checks and applies it.
   */
  @Bean
  TaskListener meetingRecordTask(MeetingRecording recording) {
    return task -> {
      String meetingId = MEETING_ID.from(task).get();
      Object decisions = submitted(task, DECISIONS);
      Object actions = submitted(task, ACTIONS);
      MeetingRecord record = new MeetingRecord(
          FormLists.ids(submitted(task, ABSENTEES)),
          submitted(task, GUESTS) instanceof String g ? g : null,
          FormLists.strictRows(decisions, DecisionInput.class, "Beslutninger"),
          FormLists.rows(actions, ActionInput.class, "Opfølgende handlinger"),
          FormLists.rows(submitted(task, EXTERNAL_FORWARDS), ExternalForwardInput.class, "Sendt videre til eksterne"));
      recording.recordMeeting(meetingId, record, actor(task));
    };
  }

  /** The agenda as text for the pre-meeting, agenda approval and meeting forms. */
  @Bean
  TaskListener agendaTextView(Agenda agenda, Items items) {
    return task -> {
      String meetingId = MEETING_ID.from(task).get();
      AGENDA_TEXT.on(task).setLocal(agenda.agendaText(meetingId));
      // The approval form shows its "agenda without items" confirmation only when the agenda is empty.
      AGENDA_ITEM_COUNT.on(task).setLocal(items.agenda(meetingId).size());
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
      if (Boolean.TRUE.equals(task.getVariable(AGENDA_APPROVED.getName())) && !Boolean.TRUE.equals(confirmed)
          && items.agenda(MEETING_ID.from(task).get()).isEmpty()) {
        new Problems().add("den har ingen punkter. Sæt kryds ved 'Ja, udsend en dagsorden uden punkter', hvis den skal"
            + " udsendes alligevel, eller send den tilbage til screening.")
            .throwIfAny("Dagsordenen kan ikke godkendes");
      }
    };
  }
}
