/**
 * Task screens of the meeting cycle (collect, screen, approve agenda, record the meeting, minutes) and the Møder
 * page.
 */
package dk.nordjylland.governance.screen.meeting;
