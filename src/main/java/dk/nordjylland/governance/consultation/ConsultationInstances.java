package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.identity.AsSystem;
import io.holunda.camunda.bpm.data.CamundaBpmData;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the processes of consultations as the system. */
@Component
class ConsultationInstances {

  private final RuntimeService runtimeService;
  private final AsSystem asSystem;

  ConsultationInstances(RuntimeService runtimeService, AsSystem asSystem) {
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
  }

  /**
   * Starts a process of a consultation as the system: whether the caller may open the consultation is decided
   * by {@link #requireOwner} (the API) or the calling process, not by a Camunda permission to start instances.
   */
  void start(String processKey, String businessKey, long consultationId) {
    asSystem.call(() -> runtimeService.startProcessInstanceByKey(processKey, businessKey,
        CamundaBpmData.builder().set(ConsultationProcess.CONSULTATION_ID, consultationId).build()));
  }
}
