/**
 * Kernel: how a step asks for a message in the outbox (Notifications, NotificationKind) without depending on the
 * outbox: an event, written by the notification package in the caller's transaction.
 */
package dk.nordjylland.governance.notify;
