package dk.nordjylland.governance.support;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Which flow nodes of a model the given process instances passed, from the engine's history: the
 * assertion that a process test class walks every node (the HTML reports show the same per class).
 */
public final class FlowNodeCoverage {

  private FlowNodeCoverage() {}

  /** The flow nodes of the latest version of the process that none of the instances passed. */
  public static Set<String> missed(ProcessEngine engine, String processKey, Collection<String> processInstanceIds) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult().getId();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definitionId);
    Set<String> all = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
        .collect(Collectors.toCollection(TreeSet::new));
    for (String id : processInstanceIds) {
      engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
          .map(HistoricActivityInstance::getActivityId)
          .forEach(all::remove);
    }
    return all;
  }
}
