package dk.nordjylland.governance.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;

import dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side validation of what a meeting-cycle form submits: the engine does not validate Camunda
 * Forms. A violation throws a BadUserRequestException with a Danish message: the Tasklist shows it,
 * the REST API answers 400, and the task stays open with nothing saved.
 */
@Component("meetingTaskCompletion")
class MeetingTaskCompletion implements TaskListener {


  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    switch (task.getTaskDefinitionKey()) {
      case Elements.COLLECT_ITEMS -> requireTrue(task, "callClosed",
          "Bekræft, at indkaldelsen er lukket, og at alle indkomne punkter er registreret.", problems);
      case Elements.APPROVE_AGENDA -> decision(task, AGENDA_APPROVED.getName(), "agendaRemarks",
          "Vælg, om dagsordenen godkendes.", "Skriv, hvad der skal ændres, når dagsordenen ikke godkendes.", problems);
      case Elements.DRAFT_MINUTES -> {
        if (!(task.getVariable(COMMENT_ROUND.getName()) instanceof Boolean)) {
          COMMENT_ROUND.on(task).set(false);
        }
      }
      case Elements.APPROVE_MINUTES -> decision(task, MINUTES_APPROVED.getName(), "minutesRemarks",
          "Vælg, om referatet godkendes.", "Skriv, hvad der skal rettes, når referatet ikke godkendes.", problems);
      default -> { }
    }
    for (String key : List.of("collectRemarks", "agendaRemarks", "minutesIntroduction",
        "minutesComment", "minutesRemarks")) {
      if (task.getVariableLocal(key) instanceof String s && s.length() > TextLimits.NOTE
          || task.getVariable(key) instanceof String t && t.length() > TextLimits.NOTE) {
        problems.add("Teksten i feltet '" + key + "' er længere end " + TextLimits.NOTE + " tegn.");
      }
    }
    if (!problems.isEmpty()) {
      throw UserInputException.of("Opgaven kan ikke fuldføres", problems);
    }
  }

  private static void requireTrue(DelegateTask task, String key, String message, List<String> problems) {
    if (!Boolean.TRUE.equals(task.getVariable(key))) {
      problems.add(message);
    }
  }

  private static void requireText(DelegateTask task, String key, String message, List<String> problems) {
    if (!(task.getVariable(key) instanceof String s) || s.isBlank()) {
      problems.add(message);
    }
  }

  private static void decision(DelegateTask task, String key, String remarksKey, String missing,
      String remarksMissing, List<String> problems) {
    Object value = task.getVariable(key);
    if (!(value instanceof Boolean approved)) {
      problems.add(missing);
    } else if (!approved) {
      requireText(task, remarksKey, remarksMissing, problems);
    }
  }
}
