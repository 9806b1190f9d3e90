package dk.nordjylland.governance.followup;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_RESULT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_REPORT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_RESOLUTION;

import dk.nordjylland.governance.followup.FollowUpActionProcess.Elements;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side validation of what a follow-up form submits (the engine does not validate Camunda Forms). A
 * violation throws a UserInputException with a Danish message: the Tasklist shows it, the REST API answers
 * 400, and the task stays open with nothing saved.
 */
@Component("actionTaskCompletion")
class ActionTaskCompletion implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    switch (task.getTaskDefinitionKey()) {
      case Elements.CARRY_OUT_ACTION -> requireText(task, ACTION_RESULT.getName(),
          "Beskriv, hvad der er gjort, før opgaven fuldføres.", problems);
      case Elements.CLEAR_RESERVATION -> requireText(task, RESERVATION_RESOLUTION.getName(),
          "Beskriv, hvordan forbeholdet er afklaret.", problems);
      case Elements.REPORT_RESERVATION -> requireText(task, RESERVATION_REPORT.getName(),
          "Skriv tilbagemeldingen til forummet.", problems);
      default -> { }
    }
    for (String key : List.of(ACTION_RESULT.getName(), RESERVATION_RESOLUTION.getName(),
        RESERVATION_REPORT.getName())) {
      if (task.getVariable(key) instanceof String s && s.length() > TextLimits.NOTE) {
        problems.add("Teksten i feltet '" + key + "' er længere end " + TextLimits.NOTE + " tegn.");
      }
    }
    if (!problems.isEmpty()) {
      throw UserInputException.of("Opgaven kan ikke fuldføres", problems);
    }
  }

  private static void requireText(DelegateTask task, String key, String message, List<String> problems) {
    if (!(task.getVariable(key) instanceof String s) || s.isBlank()) {
      problems.add(message);
    }
  }
}
