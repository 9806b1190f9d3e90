/**
 * Kernel (technical): our REST API's setup and its Danish problem details (ProblemResponses), shared by every
 * controller.
 */
package dk.nordjylland.governance.rest;
