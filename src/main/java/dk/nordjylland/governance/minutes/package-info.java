/**
 * The round of comments on the draft minutes before they are approved.
 */
package dk.nordjylland.governance.minutes;
