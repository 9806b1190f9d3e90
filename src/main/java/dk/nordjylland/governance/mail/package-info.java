/**
 * Output: sends the outbox rows as e-mail (a delivery process per row, started on NotificationWritten), task
 * digests and the embedded mail server of the demo.
 */
package dk.nordjylland.governance.mail;
