/**
 * Kernel: forums, people, memberships and external bodies from the master data file, synchronised into the
 * database.
 */
package dk.nordjylland.governance.masterdata;
