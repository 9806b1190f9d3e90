package dk.nordjylland.governance.followup;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_ID;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_RESULT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_REPORT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_RESOLUTION;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One thin delegate per service task of the follow-up model, each calling one use case. */
@Configuration(proxyBeanMethods = false)
class FollowUpActionDelegates {

  @Bean
  JavaDelegate remindActionOwner(FollowUpActions followUp) {
    return execution -> followUp.remindOwner(ACTION_ID.from(execution).get());
  }

  @Bean
  JavaDelegate escalateActionToSecretariat(FollowUpActions followUp) {
    return execution -> followUp.escalateToSecretariat(ACTION_ID.from(execution).get());
  }

  @Bean
  JavaDelegate escalateActionToChair(FollowUpActions followUp) {
    return execution -> followUp.escalateToChair(ACTION_ID.from(execution).get());
  }

  @Bean
  JavaDelegate recordActionDone(FollowUpActions followUp) {
    return execution -> followUp.recordActionDone(ACTION_ID.from(execution).get(),
        ACTION_RESULT.from(execution).get());
  }

  @Bean
  JavaDelegate recordReservationCleared(FollowUpActions followUp) {
    return execution -> followUp.recordReservationCleared(ACTION_ID.from(execution).get(),
        RESERVATION_RESOLUTION.from(execution).get(), RESERVATION_REPORT.from(execution).get());
  }
}
