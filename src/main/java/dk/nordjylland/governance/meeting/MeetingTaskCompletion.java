package dk.nordjylland.governance.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COLLECT_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_COMMENT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_INTRODUCTION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_REMARKS;

import dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side validation of what a meeting-cycle task submits (the engine does not validate it). A violation throws a
 * UserInputException with a Danish message (through {@link Problems}): the Tasklist and the screens show it, the
 * REST API answers 400, and the task stays open with nothing saved.
 */
@Component("meetingTaskCompletion")
class MeetingTaskCompletion implements TaskListener {
  private static final List<VariableFactory<String>> TEXTS = List.of(COLLECT_REMARKS, AGENDA_REMARKS,
      MINUTES_INTRODUCTION, MINUTES_COMMENT, MINUTES_REMARKS);

  @Override
  public void notify(DelegateTask task) {
    Problems problems = new Problems();
    switch (task.getTaskDefinitionKey()) {
      case Elements.COLLECT_ITEMS -> problems.require(Boolean.TRUE.equals(task.getVariable(CALL_CLOSED.getName())),
          "Bekræft, at indkaldelsen er lukket, og at alle indkomne punkter er registreret.");
      case Elements.APPROVE_AGENDA -> decision(task, AGENDA_APPROVED, AGENDA_REMARKS,
          "Vælg, om dagsordenen godkendes.", "Skriv, hvad der skal ændres, når dagsordenen ikke godkendes.", problems);
      case Elements.DRAFT_MINUTES -> {
        if (!(task.getVariable(COMMENT_ROUND.getName()) instanceof Boolean)) {
          COMMENT_ROUND.on(task).set(false);
        }
      }
      case Elements.APPROVE_MINUTES -> decision(task, MINUTES_APPROVED, MINUTES_REMARKS,
          "Vælg, om referatet godkendes.", "Skriv, hvad der skal rettes, når referatet ikke godkendes.", problems);
      default -> { }
    }
    for (VariableFactory<String> text : TEXTS) {
      String key = text.getName();
      problems.require(!(task.getVariableLocal(key) instanceof String s && s.length() > TextLimits.NOTE
          || task.getVariable(key) instanceof String t && t.length() > TextLimits.NOTE),
          "Teksten i feltet '" + key + "' er længere end " + TextLimits.NOTE + " tegn.");
    }
    problems.throwIfAny("Opgaven kan ikke fuldføres");
  }

  private static void decision(DelegateTask task, VariableFactory<Boolean> flag, VariableFactory<String> remarks,
      String missing, String remarksMissing, Problems problems) {
    Object value = task.getVariable(flag.getName());
    if (!(value instanceof Boolean approved)) {
      problems.add(missing);
    } else if (!approved) {
      problems.require(task.getVariable(remarks.getName()) instanceof String s && !s.isBlank(), remarksMissing);
    }
  }
}
