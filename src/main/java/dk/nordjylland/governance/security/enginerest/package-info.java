/**
 * The guard in front of Camunda's engine REST API: who may read, start, submit and complete what.
 */
package dk.nordjylland.governance.security.enginerest;
