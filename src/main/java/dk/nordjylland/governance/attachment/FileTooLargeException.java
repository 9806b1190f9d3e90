package dk.nordjylland.governance.attachment;

/** An uploaded file beyond governance.attachments.max-size: 413 with this Danish message, nothing stored. */
public class FileTooLargeException extends RuntimeException {

  FileTooLargeException(String message) {
    super(message);
  }
}
