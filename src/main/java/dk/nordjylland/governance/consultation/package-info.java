/**
 * Consultations (høringer) and the mid-term status of the health agreement: requests to respondents, replies,
 * deadlines.
 */
package dk.nordjylland.governance.consultation;
