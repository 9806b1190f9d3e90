package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.PublicDocuments;
import dk.nordjylland.governance.document.StoredDocument;
import dk.nordjylland.governance.meeting.Meeting;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A meeting's agenda and minutes PDFs on the portal, the public version where the visitor may not read all. */
@Controller
class PortalDocumentController {

  private final PortalVisitors visitors;
  private final PortalAccess access;
  private final Documents documents;
  private final PublicDocuments publicDocuments;

  PortalDocumentController(PortalVisitors visitors, PortalAccess access, Documents documents,
      PublicDocuments publicDocuments) {
    this.visitors = visitors;
    this.access = access;
    this.documents = documents;
    this.publicDocuments = publicDocuments;
  }

  @GetMapping("/moeder/{meetingId}/dagsorden.pdf")
  ResponseEntity<byte[]> agenda(@PathVariable String meetingId, @RequestParam(required = false) Integer version) {
    Viewer viewer = visitors.viewer();
    Meeting meeting = access.meeting(viewer, meetingId);
    if (!access.agendaOpen(viewer, meeting)) {
      throw new PortalNotFoundException("Dagsordenen til mødet er ikke udsendt.");
    }
    return pdf(viewer, meeting, DocumentKind.AGENDA, version);
  }

  @GetMapping("/moeder/{meetingId}/referat.pdf")
  ResponseEntity<byte[]> minutes(@PathVariable String meetingId, @RequestParam(required = false) Integer version) {
    Viewer viewer = visitors.viewer();
    Meeting meeting = access.meeting(viewer, meetingId);
    if (!access.minutesOpen(viewer, meeting)) {
      throw new PortalNotFoundException("Referatet af mødet er ikke godkendt endnu.");
    }
    return pdf(viewer, meeting, DocumentKind.MINUTES, version);
  }

  private ResponseEntity<byte[]> pdf(Viewer viewer, Meeting meeting, DocumentKind kind, Integer version) {
    String meetingId = meeting.id();
    StoredDocument stored = (version == null ? documents.latest(meetingId, kind)
        : documents.version(meetingId, kind, version)).orElseThrow(() -> new PortalNotFoundException(
            kind.danish() + (version == null ? "" : " version " + version) + " findes ikke."));
    // The public version where the meeting has closed items the visitor may not read (ADR 0055).
    StoredDocument document = access.seesFullDocuments(viewer, meeting) ? stored : publicDocuments.asPublic(stored)
        .orElseThrow(() -> new PortalNotFoundException(kind.danish() + " version " + stored.version()
            + " findes ikke i en offentlig udgave."));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName()).build()
            .toString())
        .body(document.content());
  }
}
