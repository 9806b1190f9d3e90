/**
 * Kernel (technical): deploys the BPMN/DMN models and forms at startup.
 */
package dk.nordjylland.governance.deployment;
