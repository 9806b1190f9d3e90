/**
 * Attachment upload and download from the task screens.
 */
package dk.nordjylland.governance.screen.attachment;
