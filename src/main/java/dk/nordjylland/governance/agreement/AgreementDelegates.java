package dk.nordjylland.governance.agreement;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.AGREEMENT_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.CONSULTATION_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.ROUND_RESULT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.STEP_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.STEP_KIND;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.STEP_RESULT;
import static dk.nordjylland.governance.item.ForumDecisionProcess.DECISION_MEETING_ID;
import static dk.nordjylland.governance.item.ForumDecisionProcess.ITEM_ID;
import static dk.nordjylland.governance.item.ForumDecisionProcess.ITEM_OUTCOME;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One thin delegate per service task of the agreement models, each calling one use case. */
@Configuration(proxyBeanMethods = false)
class AgreementDelegates {

  @Bean
  JavaDelegate proposeAgreementItem(Agreements agreements) {
    return execution -> {
      Agreements.StepStart step = agreements.proposeStep(AGREEMENT_ID.from(execution).get(),
          StepKind.valueOf(STEP_KIND.from(execution).get()));
      STEP_ID.on(execution).set(step.stepId());
      ITEM_ID.on(execution).set(step.itemId());
    };
  }

  @Bean
  JavaDelegate recordAgreementDecision(Agreements agreements) {
    return execution -> STEP_RESULT.on(execution).set(agreements.recordDecision(STEP_ID.from(execution).get(),
        ITEM_OUTCOME.from(execution).get(), DECISION_MEETING_ID.from(execution).get()));
  }

  /** Creates the hearing's consultation; the call activity after it starts the consultation with its id. */
  @Bean
  JavaDelegate openAgreementHearing(Agreements agreements) {
    return execution -> CONSULTATION_ID.on(execution).set(agreements.openHearing(AGREEMENT_ID.from(execution).get()));
  }

  @Bean
  JavaDelegate requestPartyApprovals(Agreements agreements) {
    return execution -> agreements.requestApprovals(AGREEMENT_ID.from(execution).get());
  }

  @Bean
  JavaDelegate assessAgreementRound(Agreements agreements) {
    return execution -> ROUND_RESULT.on(execution).set(agreements.assessRound(AGREEMENT_ID.from(execution).get(),
        STEP_RESULT.from(execution).get()));
  }

  @Bean
  JavaDelegate publishAgreement(Agreements agreements) {
    return execution -> agreements.publish(AGREEMENT_ID.from(execution).get());
  }

  @Bean
  JavaDelegate startAgreementRevision(Agreements agreements) {
    return execution -> agreements.startRevision(AGREEMENT_ID.from(execution).get());
  }
}
