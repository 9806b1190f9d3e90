/**
 * Follow-ups of a meeting: actions and reservations with owner and due date, their process and reminders. Below
 * item: the item package starts follow-ups; the item title comes through ItemTitles.
 */
package dk.nordjylland.governance.followup;
