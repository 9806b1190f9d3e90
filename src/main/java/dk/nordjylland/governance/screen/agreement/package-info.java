/**
 * Task screens of the collaboration agreement process.
 */
package dk.nordjylland.governance.screen.agreement;
