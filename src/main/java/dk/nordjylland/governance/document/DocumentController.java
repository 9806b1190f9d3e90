package dk.nordjylland.governance.document;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingAccess;
import dk.nordjylland.governance.validation.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The generated documents of a meeting: agenda and minutes (PDF) and the calendar invitation (.ics). */
@RestController
@Tag(name = "Documents", description = "Agenda and minutes as PDF, calendar invitations")
class DocumentController {

  private final Documents documents;
  private final MeetingAccess meetingAccess;
  private final ForumAccess forumAccess;
  private final MeetingDocuments meetingDocuments;
  private final PublicDocuments publicDocuments;
  private final ClosedItems closedItems;

  DocumentController(Documents documents, MeetingAccess meetingAccess, ForumAccess forumAccess,
      MeetingDocuments meetingDocuments, PublicDocuments publicDocuments, ClosedItems closedItems) {
    this.publicDocuments = publicDocuments;
    this.closedItems = closedItems;
    this.documents = documents;
    this.meetingAccess = meetingAccess;
    this.forumAccess = forumAccess;
    this.meetingDocuments = meetingDocuments;
  }

  @GetMapping("/api/meetings/{meetingId}/documents")
  @Operation(summary = "Every generated version of the meeting's documents")
  List<DocumentInfo> list(@PathVariable String meetingId) {
    meetingAccess.require(meetingId);
    return documents.ofMeeting(meetingId);
  }

  @GetMapping("/api/meetings/{meetingId}/documents/agenda.pdf")
  @Operation(summary = "The agenda as published (latest version, or ?version=)")
  ResponseEntity<byte[]> agenda(@PathVariable String meetingId, @RequestParam(required = false) Integer version) {
    return download(meetingId, DocumentKind.AGENDA, version, "Dagsordenen til mødet er ikke udsendt endnu.");
  }

  @GetMapping("/api/meetings/{meetingId}/documents/minutes.pdf")
  @Operation(summary = "The minutes as published (latest version, or ?version=)")
  ResponseEntity<byte[]> minutes(@PathVariable String meetingId, @RequestParam(required = false) Integer version) {
    return download(meetingId, DocumentKind.MINUTES, version, "Referatet af mødet er ikke offentliggjort endnu.");
  }

  @GetMapping("/api/meetings/{meetingId}/documents/minutes-draft.pdf")
  @Operation(summary = "The minutes draft, marked UDKAST, as the meeting's record stands now: from the recording of"
      + " the meeting until the chair approves the minutes (409 before and after); made on request, never stored")
  ResponseEntity<byte[]> minutesDraft(@PathVariable String meetingId) {
    ForumAccess.Reader reader = forumAccess.currentReader();
    meetingAccess.require(meetingId, reader);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("referatudkast-" + meetingId + ".pdf").build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        // A closed item the reader may not read (a disqualified member): its public wording (ADR 0055).
        .body(meetingDocuments.minutesDraft(meetingId, closedItems.readableBy(reader)));
  }

  @GetMapping("/api/meetings/{meetingId}/documents/invitation.ics")
  @Operation(summary = "The meeting's calendar invitation (latest version); the attendees' e-mail addresses for"
      + " the forum's own people only")
  ResponseEntity<byte[]> invitation(@PathVariable String meetingId,
      @RequestParam(required = false) Integer version) {
    return download(meetingId, DocumentKind.INVITATION, version, "Der er ikke udsendt en mødeinvitation endnu.");
  }

  @GetMapping("/api/meetings/{meetingId}/documents/cancellation.ics")
  @Operation(summary = "The calendar cancellation of a cancelled meeting (METHOD:CANCEL, the invitation's UID); the"
      + " attendees' e-mail addresses for the forum's own people only")
  ResponseEntity<byte[]> cancellation(@PathVariable String meetingId) {
    return download(meetingId, DocumentKind.CANCELLATION, null, "Mødet er ikke aflyst.");
  }

  private ResponseEntity<byte[]> download(String meetingId, DocumentKind kind, Integer version, String missing) {
    ForumAccess.Reader reader = forumAccess.currentReader();
    Meeting meeting = meetingAccess.require(meetingId, reader);
    StoredDocument document = (version == null ? documents.latest(meetingId, kind)
        : documents.version(meetingId, kind, version)).orElseThrow(() -> new NotFoundException(
            version == null ? missing : kind.danish() + " version " + version + " findes ikke."));
    if (!kind.isCalendar() && !closedItems.seesEveryClosedItem(reader, meetingId)) {
      // A closed item the reader may not read (a disqualified member): the public version (ADR 0055).
      int shown = document.version();
      document = publicDocuments.asPublic(document).orElseThrow(() -> new NotFoundException(kind.danish()
          + " version " + shown + " findes ikke i en udgave, du kan læse."));
    }
    // Process owners and administrators read every forum's calendar, but not its members' addresses.
    byte[] content = kind.isCalendar() && !reader.belongsTo(meeting.forumId())
        ? CalendarAttendees.removed(document.content()) : document.content();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName()).build()
            .toString())
        .header("X-Document-Version", String.valueOf(document.version()))
        .body(content);
  }
}
