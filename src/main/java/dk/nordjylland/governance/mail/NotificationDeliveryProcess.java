package dk.nordjylland.governance.mail;

/** Constants of processes/notification-delivery.bpmn. */
public final class NotificationDeliveryProcess {

  public static final String KEY = "notificationDelivery";
  public static final String NOTIFICATION_ID = "notificationId";

  private NotificationDeliveryProcess() {}

  public static String businessKey(long notificationId) {
    return "notification-" + notificationId;
  }
}
