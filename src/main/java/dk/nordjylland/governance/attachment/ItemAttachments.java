package dk.nordjylland.governance.attachment;

import dk.nordjylland.governance.attachment.AttachmentFiles.StoredFile;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.item.Attachment;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemEventKind;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextCharacters;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * An item's attachments as files (issue 14 point 8, ADR 0035): uploaded by the item's proposer or its forum's
 * secretariat or chair while the item is not decided, checked by content and size before anything is written, stored
 * in the database with the item, read by whoever may read the item. A file for an attachment announced as
 * "eftersendes" (or a new one) after the agenda went out is mailed to the forum's members as a link.
 */
@Service
public class ItemAttachments {

  private static final Logger LOG = LoggerFactory.getLogger(ItemAttachments.class);

  /** A file as the user sent it. */
  public record Upload(String originalName, long size, byte[] content) {

    /** The multipart file of an API call or a screen's form; null stays null (no file chosen). */
    public static Upload of(MultipartFile file) {
      if (file == null) {
        return null;
      }
      try {
        return new Upload(file.getOriginalFilename(), file.getSize(), file.getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final Items items;
  private final AttachmentFiles files;
  private final FileCheck fileCheck;
  private final AttachmentAccess access;
  private final LateAttachmentNotice lateNotice;

  ItemAttachments(Items items, AttachmentFiles files, FileCheck fileCheck, AttachmentAccess access,
      LateAttachmentNotice lateNotice) {
    this.items = items;
    this.files = files;
    this.fileCheck = fileCheck;
    this.access = access;
    this.lateNotice = lateNotice;
  }

  /** The largest file, in bytes (governance.attachments.max-size). */
  public long maxSize() {
    return fileCheck.maxSize();
  }

  /** "20 MB". */
  public String maxSizeText() {
    return fileCheck.maxSizeText();
  }

  /**
   * A new attachment of the item with the file, uploaded by {@code user}; {@code title} blank: the file's name
   * without its extension.
   *
   * @throws NotFoundException the item is unknown or the user may not read it (404)
   * @throws NotAllowedException the user may read but not add to it (403)
   * @throws ConflictException the item is decided or rejected (409)
   * @throws FileTooLargeException (413), UserInputException (400): the file or title; nothing is stored
   */
  @Transactional
  public Attachment upload(long itemId, String title, Upload upload, String user) {
    Item item = writable(itemId, user);
    FileType type = check(upload);
    String fileName = FileNames.served(upload.originalName(), type);
    String shownTitle = title == null || title.isBlank() ? FileNames.stem(fileName) : title.strip();
    Problems problems = new Problems();
    problems.maxLength(shownTitle, TextLimits.TITLE, "Titel");
    TextCharacters.problem("Titel", shownTitle).ifPresent(problems::add);
    problems.throwIfAny("Bilaget kan ikke gemmes");

    int number = files.add(itemId, shownTitle);
    return stored(item, number, shownTitle, fileName, type, upload, user, false);
  }

  /**
   * The file of an attachment that has none yet: one announced as "eftersendes" (or registered by title only). The
   * same rules as {@link #upload}; 404 for an unknown attachment, 409 when it has a file already.
   */
  @Transactional
  public Attachment supply(long itemId, int number, Upload upload, String user) {
    Item item = writable(itemId, user);
    Attachment announced = items.attachments(itemId).stream().filter(a -> a.number() == number).findFirst()
        .orElseThrow(() -> new NotFoundException("Bilag " + number + " til punktet findes ikke."));
    if (announced.hasFile()) {
      throw new ConflictException("Bilag " + number + " (" + announced.title() + ") har allerede en fil. Et nyt bilag"
          + " tilføjes som et nyt bilag til punktet.");
    }
    FileType type = check(upload);
    return stored(item, number, announced.title(), FileNames.served(upload.originalName(), type), type, upload, user,
        announced.toFollow());
  }

  /**
   * Why the user could not add this file to the item now (no access, not theirs to add to, decided, wrong type, too
   * large), in Danish, or empty if {@link #upload} would take it: a screen shows it on its file field before it
   * completes anything.
   */
  public Optional<String> refusal(long itemId, Upload upload, String user) {
    try {
      writable(itemId, user);
      check(upload);
      return Optional.empty();
    } catch (UserInputException | ConflictException | NotFoundException | FileTooLargeException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** A file that passed {@link #checked}: the name it is served under and its type found from its content. */
  public record CheckedFile(String fileName, String contentType) {}

  /**
   * The same type and size check as an attachment's, for a document that is stored elsewhere (an agreement's version,
   * ADR 0041): the served name and detected type, or the Danish reason it is refused.
   *
   * @throws FileTooLargeException, UserInputException: the file; nothing is stored either way
   */
  public CheckedFile checked(Upload upload) {
    FileType type = check(upload);
    return new CheckedFile(FileNames.served(upload.originalName(), type), type.contentType());
  }

  /** The check's messages speak of a "bilag"; for a document stored elsewhere (an agreement's version) of "filen". */
  public static String forADocument(String message) {
    return message.replace(" som bilag:", ":").replace("Bilag kan være", "Filen kan være")
        .replace("Et bilag må", "Filen må");
  }

  /** An attachment's file as another package serves it: the meeting portal decides itself who reads it (ADR 0049). */
  public record PublishedFile(String fileName, String contentType, byte[] content, boolean inline) {}

  /** The attachment's file without a user's check (the caller has checked the item), empty while there is none. */
  public Optional<PublishedFile> fileOf(long itemId, int number) {
    return files.file(itemId, number).map(f -> new PublishedFile(f.fileName(), f.contentType(), f.content(),
        typeOf(f.contentType()).map(FileType::inline).orElse(false)));
  }

  /** The file of an attachment, for whoever may read the item; 404 for an unknown one or one without a file yet. */
  StoredFile download(long itemId, int number, String user) {
    access.readable(itemId, user);
    return files.file(itemId, number).orElseThrow(() -> new NotFoundException(
        items.attachments(itemId).stream().anyMatch(a -> a.number() == number && a.toFollow())
            ? "Bilag " + number + " er ikke uploadet endnu (eftersendes)."
            : "Bilag " + number + " til punktet findes ikke."));
  }

  private Attachment stored(Item item, int number, String title, String fileName, FileType type, Upload upload,
      String user, boolean wasToFollow) {
    files.store(item.id(), number, fileName, type, upload.content(), user, EngineClock.now());
    items.event(item.id(), ItemEventKind.ATTACHMENT_UPLOADED, item.forumId(), item.meetingId(),
        "Bilag " + number + ": " + title + " (" + fileName + ")" + (wasToFollow ? ", eftersendt" : ""), user,
        EngineClock.now());
    lateNotice.tellMembersIfAgendaSent(item, number, title, fileName, upload.size(), wasToFollow);
    LOG.info("Attachment {} of item {} stored: {} ({}, {} bytes)", number, item.id(), fileName, type.contentType(),
        upload.content().length);
    return items.attachments(item.id()).stream().filter(a -> a.number() == number).findFirst().orElseThrow();
  }

  /** The item, if the user may add files to it now. */
  private Item writable(long itemId, String user) {
    return access.writable(itemId, user);
  }

  /** Size and type, from the content; the name plays no part. */
  private FileType check(Upload upload) {
    return fileCheck.check(upload);
  }

  Optional<FileType> typeOf(String contentType) {
    for (FileType t : FileType.values()) {
      if (t.contentType().equals(contentType)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
