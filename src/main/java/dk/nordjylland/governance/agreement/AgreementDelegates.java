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
  JavaDelegate proposeAgreementItem(AgreementForumSteps forumSteps) {
    return execution -> {
      AgreementForumSteps.StepStart step = forumSteps.proposeStep(AGREEMENT_ID.from(execution).get(),
          StepKind.valueOf(STEP_KIND.from(execution).get()));
      STEP_ID.on(execution).set(step.stepId());
      ITEM_ID.on(execution).set(step.itemId());
    };
  }

  @Bean
  JavaDelegate recordAgreementDecision(AgreementForumSteps forumSteps) {
    return execution -> STEP_RESULT.on(execution).set(forumSteps.recordDecision(STEP_ID.from(execution).get(),
        ITEM_OUTCOME.from(execution).get(), DECISION_MEETING_ID.from(execution).get()));
  }

  /** Creates the hearing's consultation; the call activity after it starts the consultation with its id. */
  @Bean
  JavaDelegate openAgreementHearing(AgreementHearings hearings) {
    return execution -> CONSULTATION_ID.on(execution).set(hearings.openHearing(AGREEMENT_ID.from(execution).get()));
  }

  @Bean
  JavaDelegate requestPartyApprovals(PartyApprovals approvals) {
    return execution -> approvals.requestApprovals(AGREEMENT_ID.from(execution).get());
  }

  @Bean
  JavaDelegate assessAgreementRound(PartyApprovals approvals) {
    return execution -> ROUND_RESULT.on(execution).set(approvals.assessRound(AGREEMENT_ID.from(execution).get(),
        STEP_RESULT.from(execution).get()));
  }

  @Bean
  JavaDelegate publishAgreement(AgreementPublication publication) {
    return execution -> publication.publish(AGREEMENT_ID.from(execution).get());
  }

  @Bean
  JavaDelegate startAgreementRevision(AgreementStarts starts) {
    return execution -> starts.startRevision(AGREEMENT_ID.from(execution).get());
  }
}
