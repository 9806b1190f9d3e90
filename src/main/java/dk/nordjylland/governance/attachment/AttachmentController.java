package dk.nordjylland.governance.attachment;

import dk.nordjylland.governance.attachment.AttachmentFiles.StoredFile;
import dk.nordjylland.governance.attachment.ItemAttachments.Upload;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.item.Attachment;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.ItemAccess;
import dk.nordjylland.governance.item.Items;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An item's attachments as files: upload (multipart/form-data), list, download (ADR 0035). */
@RestController
@Tag(name = "Attachments", description = "An item's bilag as files: PDF, DOCX, XLSX, PNG, JPEG")
class AttachmentController {

  private final ItemAttachments attachments;
  private final ItemAccess itemAccess;
  private final ForumAccess forumAccess;
  private final Items items;
  private final ClosedItems closedItems;

  AttachmentController(ItemAttachments attachments, ItemAccess itemAccess, ForumAccess forumAccess, Items items,
      ClosedItems closedItems) {
    this.closedItems = closedItems;
    this.attachments = attachments;
    this.itemAccess = itemAccess;
    this.forumAccess = forumAccess;
    this.items = items;
  }

  @PostMapping(path = "/api/items/{itemId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Upload a file as a new attachment of the item (form fields: file, optional title); by the"
      + " proposer or the forum's secretariat or chair while the item is not decided. The type is checked by content")
  ResponseEntity<Attachment> upload(@PathVariable long itemId,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "title", required = false) String title) {
    Attachment stored = attachments.upload(itemId, title, Upload.of(file), forumAccess.currentUser());
    return ResponseEntity.created(URI.create(stored.link())).body(stored);
  }

  @PutMapping(path = "/api/items/{itemId}/attachments/{number}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "The file of an attachment announced as \"eftersendes\" (form field: file); if the agenda"
      + " has gone out, the forum's members are mailed a link to it")
  Attachment supply(@PathVariable long itemId, @PathVariable int number,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    return attachments.supply(itemId, number, Upload.of(file), forumAccess.currentUser());
  }

  /** The same as PUT, for HTML forms, which only post. */
  @PostMapping(path = "/api/items/{itemId}/attachments/{number}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "As PUT: the file of an attachment announced as \"eftersendes\"")
  Attachment supplyByPost(@PathVariable long itemId, @PathVariable int number,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    return supply(itemId, number, file);
  }

  @GetMapping("/api/items/{itemId}/attachments")
  @Operation(summary = "The item's attachments with their files' name, type, size, upload and download link")
  List<Attachment> list(@PathVariable long itemId) {
    ForumAccess.Reader reader = forumAccess.currentReader();
    itemAccess.require(itemId, reader);
    // A closed item's bilag are confidential: none for a member disqualified for it, as /api/items/{id} (ADR 0055).
    return closedItems.seesConfidential(reader, itemId) ? items.attachments(itemId) : List.of();
  }

  @GetMapping("/api/items/{itemId}/attachments/{number}")
  @Operation(summary = "Download an attachment's file (for whoever may read the item)")
  ResponseEntity<byte[]> download(@PathVariable long itemId, @PathVariable int number) {
    StoredFile file = attachments.download(itemId, number, forumAccess.currentUser());
    boolean inline = attachments.typeOf(file.contentType()).map(FileType::inline).orElse(false);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(inline, file.fileName()))
        // The type was checked on upload; the browser must not guess another.
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(file.content());
  }

  /**
   * {@code attachment; filename="Hoeringssvar.pdf"; filename*=UTF-8''H%C3%B8ringssvar.pdf}: the Danish name for every
   * current browser (RFC 6266), an ASCII one for old clients.
   */
  static String contentDisposition(boolean inline, String fileName) {
    return (inline ? "inline" : "attachment") + "; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String ascii(String fileName) {
    String danish = fileName.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae")
        .replace("Ø", "Oe").replace("Å", "Aa");
    return Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
  }
}
