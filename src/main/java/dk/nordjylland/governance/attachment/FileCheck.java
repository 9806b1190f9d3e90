package dk.nordjylland.governance.attachment;

import dk.nordjylland.governance.validation.TextCharacters;
import dk.nordjylland.governance.validation.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An attachment's file checked before anything is stored (ADR 0035): its size against governance.attachments.max-size
 * and its type found from its content, never its name.
 */
@Component
class FileCheck {

  private static final Logger LOG = LoggerFactory.getLogger(FileCheck.class);

  private final FileTypeDetector detector;
  private final AttachmentProperties properties;

  FileCheck(FileTypeDetector detector, AttachmentProperties properties) {
    this.detector = detector;
    this.properties = properties;
  }

  /** The largest file, in bytes. */
  long maxSize() {
    return properties.maxSize().toBytes();
  }

  /** "20 MB". */
  String maxSizeText() {
    return FileSizes.danish(properties.maxSize());
  }

  /** Size and type, from the content; the name plays no part. */
  FileType check(ItemAttachments.Upload upload) {
    if (upload == null || upload.content() == null) {
      throw new UserInputException("Vælg den fil, der skal uploades som bilag.");
    }
    String name = upload.originalName() == null || upload.originalName().isBlank() ? "uden navn"
        : TextCharacters.renderable(FileNames.baseName(upload.originalName()));
    if (upload.size() > maxSize() || upload.content().length > maxSize()) {
      throw new FileTooLargeException("Filen '" + name + "' fylder " + FileSizes.danish(upload.size()) + ". Et bilag"
          + " må højst fylde " + maxSizeText() + ".");
    }
    if (upload.content().length == 0) {
      throw new UserInputException("Filen '" + name + "' er tom.");
    }
    FileTypeDetector.Detection detection = detector.detect(upload.content());
    if (detection.type().isEmpty()) {
      LOG.info("Attachment refused: '{}' is {}", name, detection.detected());
      throw new UserInputException("Filen '" + name + "' kan ikke bruges som bilag: indholdet er "
          + FileTypeDetector.danish(detection.detected()) + ". Bilag kan være " + FileType.ALLOWED_DANISH + "; filtypen afgøres af"
          + " filens indhold, ikke af dens navn.");
    }
    return detection.type().get();
  }
}
