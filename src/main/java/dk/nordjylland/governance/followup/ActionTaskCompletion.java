package dk.nordjylland.governance.followup;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_RESULT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_REPORT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_RESOLUTION;

import dk.nordjylland.governance.followup.FollowUpActionProcess.Elements;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side validation of what a follow-up task submits (the engine does not validate it). A violation throws a
 * UserInputException with a Danish message (through {@link Problems}): the screen and the Tasklist show it, the REST
 * API answers 400, and the task stays open with nothing saved.
 */
@Component("actionTaskCompletion")
class ActionTaskCompletion implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Problems problems = new Problems();
    switch (task.getTaskDefinitionKey()) {
      case Elements.CARRY_OUT_ACTION -> requireText(task, ACTION_RESULT,
          "Beskriv, hvad der er gjort, før opgaven fuldføres.", problems);
      case Elements.CLEAR_RESERVATION -> requireText(task, RESERVATION_RESOLUTION,
          "Beskriv, hvordan forbeholdet er afklaret.", problems);
      case Elements.REPORT_RESERVATION -> requireText(task, RESERVATION_REPORT,
          "Skriv tilbagemeldingen til forummet.", problems);
      default -> { }
    }
    for (VariableFactory<String> field : List.of(ACTION_RESULT, RESERVATION_RESOLUTION, RESERVATION_REPORT)) {
      problems.require(!(task.getVariable(field.getName()) instanceof String s && s.length() > TextLimits.NOTE),
          "Teksten i feltet '" + field.getName() + "' er længere end " + TextLimits.NOTE + " tegn.");
    }
    problems.throwIfAny("Opgaven kan ikke fuldføres");
  }

  private static void requireText(DelegateTask task, VariableFactory<String> field, String message, Problems problems) {
    problems.requireText(task.getVariable(field.getName()) instanceof String s ? s : null, message);
  }
}
