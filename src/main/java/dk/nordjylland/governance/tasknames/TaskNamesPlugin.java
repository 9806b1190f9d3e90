package dk.nordjylland.governance.tasknames;

import java.util.ArrayList;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names every user task of every process with what it is about ("Indsaml dagsordenspunkter – FFU 10.12.2026"), so
 * that a secretary of three forums tells their three calls for items apart in the Tasklist, the digest mails and
 * Cockpit. Done once, for every model, by a parse listener that gives each user task a built-in create listener
 * (built-in listeners run before the model's own); the models keep their plain names.
 */
@Component
class TaskNamesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskContext> contexts;

  /** The contexts are looked up when a task is created: they use services that need the engine. */
  TaskNamesPlugin(ObjectProvider<TaskContext> contexts) {
    this.contexts = contexts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
            && activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition) {
          String processKey = definition.getKey();
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
              task -> name(processKey, task));
        }
      }
    });
  }

  private void name(String processKey, DelegateTask task) {
    contexts.orderedStream()
        .filter(c -> c.processKeys().contains(processKey))
        .map(c -> c.of(task))
        .flatMap(Optional::stream)
        .findFirst()
        .ifPresent(context -> task.setName(TaskNames.named(task.getName(), context)));
  }
}
