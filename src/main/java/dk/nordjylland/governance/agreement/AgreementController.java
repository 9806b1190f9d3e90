package dk.nordjylland.governance.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
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
  private final AgreementStatusView statusView;

  AgreementController(Agreements agreements, AgreementStatusView statusView) {
    this.agreements = agreements;
    this.statusView = statusView;
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
    long id = agreements.start(start, user.getName());
    return ResponseEntity.created(URI.create("/api/agreements/" + id)).body(statusView.details(id, user.getName()));
  }

  @PostMapping("/{id}/versions")
  @Operation(summary = "Register a new version of the document: a reference (link, document number) or a file"
      + " (fileName + contentBase64)")
  ResponseEntity<AgreementVersion> addVersion(@PathVariable long id, @RequestBody VersionInput version, Principal user) {
    AgreementVersion added = agreements.addVersion(id, version, user.getName());
    return ResponseEntity.created(URI.create("/api/agreements/" + id + "/versions/" + added.number())).body(added);
  }

  @GetMapping("/{id}/versions/{number}/content")
  @Operation(summary = "The file of a version registered with content")
  ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable int number) {
    return agreements.content(id, number).filter(b -> b != null)
        .map(b -> ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aftale-" + id + "-v" + number + "\"")
            .body(b))
        .orElseThrow(() -> new dk.nordjylland.governance.validation.NotFoundException(
            "Version " + number + " af samarbejdsaftale " + id + " har ingen fil."));
  }

  record PlanInput(String meetingId) {}

  @PutMapping("/{id}/plan/{forumId}")
  @Operation(summary = "Plan the meeting of that forum the agreement's next step there goes to")
  ResponseEntity<Void> plan(@PathVariable long id, @PathVariable String forumId, @RequestBody PlanInput plan,
      Principal user) {
    agreements.planMeeting(id, forumId, plan.meetingId(), user.getName());
    return ResponseEntity.noContent().build();
  }
}
