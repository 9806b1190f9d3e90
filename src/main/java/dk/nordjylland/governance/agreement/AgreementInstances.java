package dk.nordjylland.governance.agreement;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.AGREEMENT_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.WITH_TERMS_OF_REFERENCE;

import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.identity.ForumAccess;
import io.holunda.camunda.bpm.data.CamundaBpmData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts an agreement's process as the system (who may start an agreement is {@link AgreementAccess}'s question,
 * not a Camunda permission) and lets the configured forums see the instance in Cockpit.
 */
@Component
class AgreementInstances {

  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final ForumAccess forumAccess;
  private final AgreementProperties properties;

  AgreementInstances(RuntimeService runtimeService, AsSystem asSystem, ForumAccess forumAccess,
      AgreementProperties properties) {
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.forumAccess = forumAccess;
    this.properties = properties;
  }

  /** Starts collaboration-agreement.bpmn with business key {@code agreement-<id>}; returns the instance's id. */
  String start(long agreementId, boolean withTermsOfReference) {
    ProcessInstance instance = asSystem.call(() -> runtimeService.startProcessInstanceByKey(
        CollaborationAgreementProcess.KEY, CollaborationAgreementProcess.businessKey(agreementId),
        CamundaBpmData.builder().set(AGREEMENT_ID, agreementId).set(WITH_TERMS_OF_REFERENCE, withTermsOfReference)
            .build()));
    asSystem.call(() -> {
      properties.readerForums().forEach(forum -> forumAccess.grantInstanceRead(instance.getId(), forum));
      return null;
    });
    return instance.getId();
  }
}
