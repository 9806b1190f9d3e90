/**
 * Output: the outbox (gov_notification). Writes the messages the cycle asks for with notify.NotificationRequested,
 * in the same transaction, and publishes NotificationWritten for the mail.
 */
package dk.nordjylland.governance.notification;
