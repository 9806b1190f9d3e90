package dk.nordjylland.governance.item;

import java.time.LocalDateTime;

/**
 * A bilag of an item. toFollow means "eftersendes": announced, its file not there yet. Once a file is uploaded
 * (ADR 0035) it has a name, type, size, who uploaded it when, and a download link; before that these are null.
 */
public record Attachment(
    int number,
    String title,
    boolean toFollow,
    String fileName,
    String contentType,
    Long size,
    String uploadedBy,
    LocalDateTime uploadedAt,
    /** "/api/items/7/attachments/2", or null while there is no file. */
    String link) {

  /** An attachment registered by title only, without a file. */
  public Attachment(int number, String title, boolean toFollow) {
    this(number, title, toFollow, null, null, null, null, null, null);
  }

  public boolean hasFile() {
    return fileName != null;
  }

  /** Where the API serves an attachment's file. */
  public static String path(long itemId, int number) {
    return "/api/items/" + itemId + "/attachments/" + number;
  }

  /** The same file on the meeting portal, "/sager/{itemId}/bilag/{number}" (ADR 0062): what a mail links. */
  public static String portalPath(long itemId, int number) {
    return "/sager/" + itemId + "/bilag/" + number;
  }
}
