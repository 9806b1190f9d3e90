/**
 * Collaboration agreements (samarbejdsaftaler): versions, the forum steps towards final approval, party approvals,
 * hearings, publication and revision. Top of the meeting cycle: it may use every package below it.
 */
package dk.nordjylland.governance.agreement;
