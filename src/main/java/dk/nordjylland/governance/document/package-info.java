/**
 * Output: the agenda and minutes PDFs and the other stored documents of a meeting, made when the cycle publishes
 * events (AgendaPublished, MinutesPublished). Reads the cycle's packages; the cycle never calls it.
 */
package dk.nordjylland.governance.document;
