/**
 * Meetings and their cycle (call for items, agenda, meeting, minutes, follow-up): the gov_meeting table, its status
 * as named steps, moving and pre-meetings. Publishes AgendaPublished, MinutesPublished, MeetingMoved and
 * MeetingCancelled for the outputs.
 */
package dk.nordjylland.governance.meeting;
