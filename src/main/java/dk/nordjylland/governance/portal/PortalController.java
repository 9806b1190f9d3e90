package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.attachment.ItemAttachments;
import dk.nordjylland.governance.attachment.ItemAttachments.PublishedFile;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.PublicDocuments;
import dk.nordjylland.governance.document.StoredDocument;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.meeting.Meeting;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The meeting portal (issue 17, ADR 0049): Danish server-rendered pages for the public and, with more content, for
 * users logged in to the Tasklist. Read-only: GET only (PortalSecurityConfig). Who sees what: {@link PortalAccess}.
 */
@Controller
class PortalController {

  /** Where "Log ind" leads: the Tasklist's login; its session is the portal's too. */
  static final String LOGIN = "/camunda/app/tasklist/";

  private final PortalAccess access;
  private final ForumPages forums;
  private final MeetingPages meetings;
  private final CasePassports cases;
  private final ForumFeed feed;
  private final Documents documents;
  private final ItemAttachments attachments;
  private final PublicDocuments publicDocuments;

  PortalController(PortalAccess access, ForumPages forums, MeetingPages meetings, CasePassports cases, ForumFeed feed,
      Documents documents, ItemAttachments attachments, PublicDocuments publicDocuments) {
    this.publicDocuments = publicDocuments;
    this.access = access;
    this.forums = forums;
    this.meetings = meetings;
    this.cases = cases;
    this.feed = feed;
    this.documents = documents;
    this.attachments = attachments;
  }

  @ModelAttribute
  void common(Model model) {
    Viewer viewer = access.viewer();
    model.addAttribute("viewer", viewer);
    model.addAttribute("loginHref", LOGIN);
  }

  @GetMapping({"/", "/fora"})
  String front(Model model) {
    model.addAttribute("forums", forums.forums(access.viewer()));
    return "portal/front";
  }

  @GetMapping("/fora/{forumId}")
  String forum(@PathVariable String forumId, Model model) {
    model.addAttribute("page", forums.page(access.viewer(), forumId));
    return "portal/forum";
  }

  @GetMapping("/fora/{forumId}/kalender.ics")
  ResponseEntity<byte[]> calendar(@PathVariable String forumId) {
    Viewer viewer = access.viewer();
    Forum forum = access.forum(viewer, forumId);
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("moeder-" + forum.id() + ".ics").build().toString())
        .body(feed.ics(forum, forums.meetingsOf(viewer, forumId), base).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/moeder/{meetingId}")
  String meeting(@PathVariable String meetingId, Model model) {
    model.addAttribute("page", meetings.page(access.viewer(), meetingId));
    return "portal/meeting";
  }

  @GetMapping("/moeder/{meetingId}/dagsorden.pdf")
  ResponseEntity<byte[]> agenda(@PathVariable String meetingId, @RequestParam(required = false) Integer version) {
    Viewer viewer = access.viewer();
    Meeting meeting = access.meeting(viewer, meetingId);
    if (!access.agendaOpen(viewer, meeting)) {
      throw new PortalNotFoundException("Dagsordenen til mødet er ikke udsendt.");
    }
    return pdf(viewer, meeting, DocumentKind.AGENDA, version);
  }

  @GetMapping("/moeder/{meetingId}/referat.pdf")
  ResponseEntity<byte[]> minutes(@PathVariable String meetingId, @RequestParam(required = false) Integer version) {
    Viewer viewer = access.viewer();
    Meeting meeting = access.meeting(viewer, meetingId);
    if (!access.minutesOpen(viewer, meeting)) {
      throw new PortalNotFoundException("Referatet af mødet er ikke godkendt endnu.");
    }
    return pdf(viewer, meeting, DocumentKind.MINUTES, version);
  }

  @GetMapping("/sager/{itemId}")
  String casePassport(@PathVariable long itemId, Model model) {
    model.addAttribute("page", cases.page(access.viewer(), itemId));
    return "portal/case";
  }

  @GetMapping("/sager/{itemId}/bilag/{number}")
  ResponseEntity<byte[]> attachment(@PathVariable long itemId, @PathVariable int number) {
    Viewer viewer = access.viewer();
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

  @GetMapping("/tilgaengelighed")
  String accessibility() {
    return "portal/accessibility";
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

  /** Unknown, hidden or malformed ids: the same Danish page, status 404. */
  @ExceptionHandler({PortalNotFoundException.class, MethodArgumentTypeMismatchException.class})
  String notFound(Exception e, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    common(model);
    model.addAttribute("message", e instanceof PortalNotFoundException ? e.getMessage() : "Siden findes ikke.");
    return "portal/not-found";
  }
}
