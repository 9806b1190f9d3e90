package dk.nordjylland.governance.notification;

/** A message was written to the outbox, in the transaction of the step that asked for it; the mail delivers it. */
public record NotificationWritten(long notificationId) {}
