package dk.nordjylland.governance.mail;

/** Constants of processes/notification-delivery.bpmn. */
public final class NotificationDeliveryProcess {

  public static final String KEY = "notificationDelivery";
  public static final String NOTIFICATION_ID = "notificationId";

  public static final class Elements {
    public static final String START = "startEvent_notificationWritten";
    public static final String SEND_MAIL = "serviceTask_sendMail";
    public static final String END = "endEvent_mailSent";

    private Elements() {}
  }

  private NotificationDeliveryProcess() {}

  public static String businessKey(long notificationId) {
    return "notification-" + notificationId;
  }
}
