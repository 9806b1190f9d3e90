package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.attachment.ItemAttachments;
import dk.nordjylland.governance.attachment.ItemAttachments.PublishedFile;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An item's bilag on the portal: to whoever may read the item's confidential content (ADR 0055). */
@Controller
class PortalAttachmentController {

  private final PortalVisitors visitors;
  private final PortalAccess access;
  private final ItemAttachments attachments;

  PortalAttachmentController(PortalVisitors visitors, PortalAccess access, ItemAttachments attachments) {
    this.visitors = visitors;
    this.access = access;
    this.attachments = attachments;
  }

  @GetMapping("/sager/{itemId}/bilag/{number}")
  ResponseEntity<byte[]> attachment(@PathVariable long itemId, @PathVariable int number) {
    Viewer viewer = visitors.viewer();
    access.item(viewer, itemId);
    if (!access.seesConfidential(viewer, itemId)) {
      // A closed item's bilag are confidential (ADR 0055): the same 404 as an unknown one.
      throw new PortalNotFoundException("Bilaget findes ikke.");
    }
    PublishedFile file = attachments.fileOf(itemId, number)
        .orElseThrow(() -> new PortalNotFoundException("Bilaget findes ikke."));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, (file.inline() ? ContentDisposition.inline()
            : ContentDisposition.attachment()).filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(file.content());
  }
}
