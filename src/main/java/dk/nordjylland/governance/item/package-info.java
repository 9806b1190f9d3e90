/**
 * Agenda items: proposal, call for items, screening, the agenda, the meeting record with outcomes and decisions,
 * standing items, cancellation of a meeting with its items.
 */
package dk.nordjylland.governance.item;
