/**
 * Kernel: users, groups and authorizations derived from master data; running as the system (AsSystem); the
 * directory of names.
 */
package dk.nordjylland.governance.identity;
