/**
 * The screen for proposing an agenda item.
 */
package dk.nordjylland.governance.screen.proposal;
