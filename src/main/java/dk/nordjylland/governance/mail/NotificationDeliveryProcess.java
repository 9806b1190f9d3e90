package dk.nordjylland.governance.mail;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** processes/notification-delivery.bpmn: one instance per notification, which it mails. */
public final class NotificationDeliveryProcess {

  public static final String KEY = "notificationDelivery";
  public static final VariableFactory<Long> NOTIFICATION_ID = longVariable("notificationId");

  private NotificationDeliveryProcess() {}

  public static String businessKey(long notificationId) {
    return "notification-" + notificationId;
  }
}
