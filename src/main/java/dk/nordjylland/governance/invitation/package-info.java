/**
 * Output: calendar invitations (iCalendar) of meetings, issued on AgendaPublished, MeetingMoved and
 * MeetingCancelled.
 */
package dk.nordjylland.governance.invitation;
