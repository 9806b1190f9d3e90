/**
 * Kernel (technical): Danish task names with their meeting or item, set by an engine plugin.
 */
package dk.nordjylland.governance.tasknames;
