/**
 * The files attached to agenda items (bilag): upload, type and size checks, storage, and attachments sent later
 * (eftersendes).
 */
package dk.nordjylland.governance.attachment;
