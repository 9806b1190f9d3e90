/**
 * The workflow system for the governance of the North Jutland health collaboration: Camunda 7 embedded in Spring
 * Boot. The top-level packages are features; their arrows point one way (docs/adr/0050-one-way-arrows.md, kept by
 * ArchitectureTest): kernel, the meeting cycle (meeting, followup, item, attendance/attachment/minutes,
 * consultation, agreement), the outputs reached by events (document, invitation, notification, mail), and the web
 * on top.
 */
package dk.nordjylland.governance;
