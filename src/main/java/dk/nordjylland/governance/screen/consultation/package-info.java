/**
 * Task screen for replying to a consultation.
 */
package dk.nordjylland.governance.screen.consultation;
