/**
 * The process owner's overview in Cockpit: current steps, waiting times, overdue steps. On top: reads the features.
 */
package dk.nordjylland.governance.overview;
