/**
 * Task screens of the follow-up actions.
 */
package dk.nordjylland.governance.screen.followup;
