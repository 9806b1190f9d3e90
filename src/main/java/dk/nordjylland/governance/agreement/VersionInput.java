package dk.nordjylland.governance.agreement;

/**
 * A new version of the document: a title and a file name with its content (base64), or a reference (URL or
 * a document number in the case system).
 */
public record VersionInput(String title, String fileName, String reference, String contentBase64, String note) {}
