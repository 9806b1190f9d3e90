package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.identity.AsSystem;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * A meeting's running cycle (its process instance), read and ended as the system: the use cases that ask have
 * checked the caller's right themselves, and the answer must not depend on what the caller may read in the engine.
 */
@Component
public class MeetingCycleInstances {

  private final RuntimeService runtimeService;
  private final AsSystem asSystem;

  MeetingCycleInstances(RuntimeService runtimeService, AsSystem asSystem) {
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
  }

  /** Whether the cycle waits at the given element (e.g. {@link MeetingCycleProcess.Elements#COLLECT_ITEMS}). */
  boolean waitsAt(String processInstanceId, String activityId) {
    return asSystem.call(() -> runtimeService.createExecutionQuery().processInstanceId(processInstanceId)
        .activityId(activityId).count() > 0);
  }

  /** Ends the cycle with the reason, its tasks and timers with it; a cycle already ended is left alone. */
  public void end(String processInstanceId, String reason) {
    asSystem.run(() -> {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
        runtimeService.deleteProcessInstance(processInstanceId, reason, true, true);
      }
    });
  }
}
