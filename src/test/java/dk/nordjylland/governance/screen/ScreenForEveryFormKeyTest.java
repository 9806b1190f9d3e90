package dk.nordjylland.governance.screen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.GovernanceTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task that opens a task screen (form key /screens/<name>, ADR 0033) in the deployed models has its screen,
 * and no screen is left without a task. ModelValidationTest checks the templates without Spring.
 */
@GovernanceTest
class ScreenForEveryFormKeyTest {

  @Autowired RepositoryService repository;
  @Autowired List<TaskScreen> screens;

  @Test
  void everyScreenFormKeyHasItsScreenAndEveryScreenItsTask() {
    Set<String> wanted = new TreeSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
        String key = task.getCamundaFormKey();
        if (key != null && key.startsWith(ScreenController.PREFIX)) {
          wanted.add(key.substring(ScreenController.PREFIX.length()));
        }
      }
    }
    Set<String> built = new TreeSet<>(screens.stream().map(TaskScreen::name).toList());

    assertThat(wanted).as("screens opened by user tasks").contains("approve-agenda");
    assertThat(built).as("TaskScreen beans").containsExactlyInAnyOrderElementsOf(wanted);
  }
}
