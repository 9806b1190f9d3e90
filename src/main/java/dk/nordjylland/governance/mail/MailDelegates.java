package dk.nordjylland.governance.mail;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegate of notification-delivery.bpmn. */
@Configuration(proxyBeanMethods = false)
class MailDelegates {

  @Bean
  JavaDelegate deliverNotification(NotificationMailer mailer) {
    return execution -> mailer.deliver(
        ((Number) execution.getVariable(NotificationDeliveryProcess.NOTIFICATION_ID.getName())).longValue());
  }
}
