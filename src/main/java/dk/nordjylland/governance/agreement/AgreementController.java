package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.attachment.FileTooLargeException;
import dk.nordjylland.governance.attachment.ItemAttachments;
import dk.nordjylland.governance.attachment.ItemAttachments.CheckedFile;
import dk.nordjylland.governance.attachment.ItemAttachments.Upload;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.UserInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements", description = "Collaboration agreements: where each stands, versions, start")
class AgreementController {

  private final Agreements agreements;
  private final AgreementStarts starts;
  private final AgreementVersions versions;
  private final AgreementPlanning planning;
  private final AgreementStatusView statusView;
  private final ItemAttachments files;

  AgreementController(Agreements agreements, AgreementStarts starts, AgreementVersions versions,
      AgreementPlanning planning, AgreementStatusView statusView, ItemAttachments files) {
    this.agreements = agreements;
    this.starts = starts;
    this.versions = versions;
    this.planning = planning;
    this.statusView = statusView;
    this.files = files;
  }

  @GetMapping
  @Operation(summary = "Every agreement with its current step (Danish), since when and the days it has waited there")
  List<AgreementStatusView.Summary> list() {
    return statusView.list();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One agreement: status, versions, forum steps with the version each decided on, its hearings"
      + " in the network group (consultation ids), the parties' approvals, reservations and history. The parties'"
      + " answers for the agreement's groups and process owners; a party reads its own")
  AgreementStatusView.Details details(@PathVariable long id, Principal user) {
    return statusView.details(id, user.getName());
  }

  @PostMapping
  @Operation(summary = "Start an agreement: new (terms of reference to FFU first) or a revision (revisesId)")
  ResponseEntity<AgreementStatusView.Details> start(@RequestBody AgreementStart start, Principal user) {
    long id = starts.start(start, user.getName());
    return ResponseEntity.created(URI.create("/api/agreements/" + id)).body(statusView.details(id, user.getName()));
  }

  @PostMapping("/{id}/versions")
  @Operation(summary = "Register a new version of the document: a reference (link, document number) or a file"
      + " (fileName + contentBase64; PDF, DOCX, XLSX, PNG or JPEG, checked by content as an attachment is)")
  ResponseEntity<AgreementVersion> addVersion(@PathVariable long id, @RequestBody VersionInput version, Principal user) {
    AgreementVersion added = versions.addVersion(id, checkedFile(version), user.getName());
    return ResponseEntity.created(URI.create("/api/agreements/" + id + "/versions/" + added.number())).body(added);
  }

  /**
   * A version's file gets the same type and size check as the screen's upload (ADR 0041), and is stored under the
   * name it is served with. Content that is not base64 is left to {@link AgreementVersions#addVersion}, which says so.
   */
  private VersionInput checkedFile(VersionInput version) {
    if (version.contentBase64() == null || version.contentBase64().isBlank()) {
      return version;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(version.contentBase64().strip());
    } catch (IllegalArgumentException e) {
      return version;
    }
    try {
      CheckedFile file = files.checked(new Upload(version.fileName(), bytes.length, bytes));
      return new VersionInput(version.title(), file.fileName(), version.reference(), version.contentBase64(),
          version.note());
    } catch (FileTooLargeException | UserInputException e) {
      throw new UserInputException(ItemAttachments.forADocument(e.getMessage()));
    }
  }

  @GetMapping("/{id}/versions/{number}/content")
  @Operation(summary = "The file of a version registered with content, with its type and file name")
  ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable int number) {
    byte[] content = agreements.content(id, number).filter(b -> b != null)
        .orElseThrow(() -> new NotFoundException("Version " + number + " af samarbejdsaftale " + id + " har ingen fil."));
    String fileName = agreements.versions(id).stream().filter(v -> v.number() == number).findFirst()
        .map(AgreementVersion::fileName).filter(n -> n != null && !n.isBlank())
        .orElse("aftale-" + id + "-v" + number);
    MediaType type;
    try {
      type = MediaType.parseMediaType(files.checked(new Upload(fileName, content.length, content)).contentType());
    } catch (UserInputException | FileTooLargeException e) {
      // A version stored before files were checked: served as bytes, never rendered by the browser.
      type = MediaType.APPLICATION_OCTET_STREAM;
    }
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }

  record PlanInput(String meetingId) {}

  @PutMapping("/{id}/plan/{forumId}")
  @Operation(summary = "Plan the meeting of that forum the agreement's next step there goes to")
  ResponseEntity<Void> plan(@PathVariable long id, @PathVariable String forumId, @RequestBody PlanInput plan,
      Principal user) {
    planning.planMeeting(id, forumId, plan.meetingId(), user.getName());
    return ResponseEntity.noContent().build();
  }
}
