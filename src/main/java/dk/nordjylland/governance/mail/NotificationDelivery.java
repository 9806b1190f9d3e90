package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.notification.NotificationWritten;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Starts the delivery of an outbox row as a {@code notificationDelivery} process, in the transaction that wrote the
 * row: its asynchronous service task is a job that sends the mail after the commit, retries with back-off
 * (R5/PT5M) and ends as an incident in Cockpit if every try fails. A rolled-back step sends nothing.
 */
@Service
class NotificationDelivery {

  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final Outbox outbox;
  private final GovernanceMailProperties properties;

  NotificationDelivery(RuntimeService runtimeService, AsSystem asSystem, Outbox outbox,
      GovernanceMailProperties properties) {
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.outbox = outbox;
    this.properties = properties;
  }

  /** For every row the outbox writes, in its transaction (synchronous, not after commit: see the class comment). */
  @EventListener
  void schedule(NotificationWritten written) {
    long notificationId = written.notificationId();
    if (!properties.enabled()) {
      return;
    }
    // The delivery follows from a step the user may do; starting it is not a permission of theirs.
    ProcessInstance instance = asSystem.callUnchecked(() -> runtimeService
        .createProcessInstanceByKey(NotificationDeliveryProcess.KEY)
        .businessKey(NotificationDeliveryProcess.businessKey(notificationId))
        .setVariable(NotificationDeliveryProcess.NOTIFICATION_ID.getName(), notificationId)
        .execute());
    outbox.deliveryStarted(notificationId, instance.getId());
  }
}
