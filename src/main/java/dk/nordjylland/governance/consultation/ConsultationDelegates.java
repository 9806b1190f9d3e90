package dk.nordjylland.governance.consultation;

import static dk.nordjylland.governance.consultation.ConsultationProcess.CONSULTATION_ID;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONSULTATION_ITEM_ID;
import static dk.nordjylland.governance.consultation.ConsultationProcess.ITEM_ID;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One thin delegate per service task of processes/consultation.bpmn, each calling one use case. */
@Configuration(proxyBeanMethods = false)
class ConsultationDelegates {

  @Bean
  JavaDelegate openConsultation(ConsultationSteps steps) {
    return execution -> {
      steps.open(CONSULTATION_ID.from(execution).get(), execution.getProcessInstanceId());
      // Set from the start, so a caller's out mapping reads null when no forum is named.
      execution.setVariable(CONSULTATION_ITEM_ID.getName(), Variables.longValue(null));
    };
  }

  @Bean
  JavaDelegate remindRespondents(ConsultationSteps steps) {
    return execution -> steps.remind(CONSULTATION_ID.from(execution).get());
  }

  @Bean
  JavaDelegate escalateConsultation(ConsultationSteps steps) {
    return execution -> steps.escalate(CONSULTATION_ID.from(execution).get());
  }

  @Bean
  JavaDelegate recordConsultationClosed(ConsultationSteps steps) {
    // Closed by the secretariat's task already, or now because every respondent has replied.
    return execution -> steps.close(CONSULTATION_ID.from(execution).get(), null);
  }

  @Bean
  JavaDelegate putRepliesBeforeForum(RepliesBeforeForum forum) {
    return execution -> {
      long itemId = forum.putBeforeForum(CONSULTATION_ID.from(execution).get());
      CONSULTATION_ITEM_ID.on(execution).set(itemId);
      ITEM_ID.on(execution).set(itemId);
    };
  }
}
