package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.consultation.ContactPersons.ContactPerson;
import dk.nordjylland.governance.identity.ForumAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The two consultations of the collaboration with their own shape: the mid-term status and the contact persons. */
@RestController
@RequestMapping("/api/consultations")
@Tag(name = "Consultations")
class ConsultationRequestController {

  private final ConsultationView view;
  private final ConsultationAccess access;
  private final MidtermStatus midtermStatus;
  private final ContactPersons contactPersons;
  private final ReplyDeadlines deadlines;
  private final ForumAccess forumAccess;

  ConsultationRequestController(ConsultationView view, ConsultationAccess access, MidtermStatus midtermStatus,
      ContactPersons contactPersons, ReplyDeadlines deadlines, ForumAccess forumAccess) {
    this.view = view;
    this.access = access;
    this.midtermStatus = midtermStatus;
    this.contactPersons = contactPersons;
    this.deadlines = deadlines;
    this.forumAccess = forumAccess;
  }

  record MidtermStatusStart(LocalDate replyBy, Integer replyWithinWorkingDays) {}

  record ContactPersonRequest(String subject, String question, String ownerGroup, LocalDate replyBy,
      Integer replyWithinWorkingDays, String forumId) {}

  @PostMapping("/midterm-status")
  @Operation(summary = "Start the mid-term status (FFU's secretariat): clusters and the coordination group reply,"
      + " then FFU, SSF and SSU, then it is sent to Sundhedsstyrelsen")
  ResponseEntity<ConsultationView.Details> startMidtermStatus(@RequestBody MidtermStatusStart body, Principal user) {
    access.requireOwner(midtermStatus.ownerGroup(), user.getName());
    long id = midtermStatus.start(deadlines.replyBy(body.replyBy(), body.replyWithinWorkingDays()), user.getName());
    return ResponseEntity.created(URI.create("/api/consultations/" + id)).body(view.details(id));
  }

  @PostMapping("/contact-persons")
  @Operation(summary = "Ask each of the 11 municipalities to designate a contact person (name and e-mail)")
  ResponseEntity<ConsultationView.Details> requestContactPersons(@RequestBody ContactPersonRequest body,
      Principal user) {
    access.requireOwner(body.ownerGroup() == null ? "" : body.ownerGroup().strip(), user.getName());
    long id = contactPersons.request(body.subject(), body.question(), body.ownerGroup(),
        deadlines.replyBy(body.replyBy(), body.replyWithinWorkingDays()), body.forumId(), user.getName());
    return ResponseEntity.created(URI.create("/api/consultations/" + id)).body(view.details(id));
  }

  @GetMapping("/{consultationId}/contact-persons")
  @Operation(summary = "The designated contact person of each municipality (null while it has not replied): all for"
      + " the owning secretariat and process owners, a municipality its own")
  List<ContactPerson> contactPersons(@PathVariable long consultationId) {
    ForumAccess.Reader reader = forumAccess.currentReader();
    ConsultationAccess.Reading reading = access.requireReading(consultationId, reader);
    return contactPersons.of(consultationId).stream()
        .filter(p -> ConsultationAccess.shows(reading, reader, p.municipality())).toList();
  }
}
