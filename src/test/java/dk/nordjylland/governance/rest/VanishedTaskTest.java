package dk.nordjylland.governance.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.nordjylland.governance.support.GovernanceTest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A request that loses a race for a task may fail anywhere inside the engine (the cluster test saw a
 * NullPointerException on the execution the winner had removed); if its task is gone, the answer is 404 "gone".
 */
@GovernanceTest
class VanishedTaskTest {

  @Autowired ProcessEngine engine;

  @Test
  void anyFailureOfARequestToATaskThatIsGoneIsAnsweredAsGone() {
    String gone = newTask();
    engine.getTaskService().complete(gone);
    String open = newTask();

    GovernanceJerseyConfig.AnyExceptionHandler handler = new GovernanceJerseyConfig.AnyExceptionHandler();
    handler.request = new MockHttpServletRequest("POST", "/engine-rest/task/" + gone + "/submit-form");
    var answer = handler.toResponse(new NullPointerException("execution is null"));
    assertThat(answer.getStatus()).isEqualTo(404);
    assertThat(((ExceptionDto) answer.getEntity()).getMessage())
        .isEqualTo("Opgaven findes ikke længere. Den er måske allerede fuldført af en anden.");

    // The task is still there: the failure is a failure (Camunda's 500), not hidden as "gone".
    handler.request = new MockHttpServletRequest("POST", "/engine-rest/task/" + open + "/submit-form");
    assertThat(handler.toResponse(new NullPointerException()).getStatus()).isEqualTo(500);
    // Not addressed to one task.
    handler.request = new MockHttpServletRequest("GET", "/engine-rest/task/count");
    assertThat(handler.toResponse(new NullPointerException()).getStatus()).isEqualTo(500);

    assertThat(VanishedTask.addressedIn("/engine-rest/engine/nodeB/task/" + gone + "/complete", engine))
        .contains(gone);
    assertThat(VanishedTask.addressedIn("/engine-rest/task/" + open + "/complete", engine)).isEmpty();
    engine.getTaskService().complete(open);
  }

  private String newTask() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("vanishedTaskTest")
        .count() == 0) {
      engine.getRepositoryService().createDeployment().addModelInstance("vanished-task-test.bpmn",
          Bpmn.createExecutableProcess("vanishedTaskTest").camundaHistoryTimeToLive(1).startEvent()
              .userTask("userTask_work").endEvent().done()).deploy();
    }
    String instance = engine.getRuntimeService().startProcessInstanceByKey("vanishedTaskTest", Map.of()).getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  @Test
  void ourApiAnswersATaskCompletedByAnotherMeanwhileAsGoneInDanishWithoutTheEnginesWordsOrItsId() {
    String gone = newTask();
    engine.getTaskService().complete(gone);
    ProcessEngineException lost = assertThrows(ProcessEngineException.class,
        () -> engine.getTaskService().complete(gone)); // what the loser of the race gets from the engine

    var answer = new ApiExceptionHandler(engine).engine(lost);
    assertThat(answer.getStatus()).isEqualTo(404);
    assertThat(answer.getDetail()).isEqualTo("Opgaven findes ikke længere. Den er måske allerede fuldført af en anden.")
        .doesNotContain(gone);
    // Other engine failures keep their answer.
    assertThat(new ApiExceptionHandler(engine).engine(new ProcessEngineException("Noget andet")).getStatus())
        .isEqualTo(409);
  }
}
