/**
 * Technical: engine configuration, metrics, logging and job housekeeping.
 */
package dk.nordjylland.governance.operations;
