package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.consultation.ContactPersons.ContactPerson;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.validation.UserInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/consultations")
@Tag(name = "Consultations", description = "Consultations with a reply deadline: one reply per respondent, late"
    + " replies until the secretariat closes it; the mid-term status and the municipalities' contact persons")
class ConsultationController {

  private final Consultations consultations;
  private final MidtermStatus midtermStatus;
  private final ContactPersons contactPersons;
  private final WorkingDays workingDays;
  private final IdentityService identityService;
  private final ForumAccess forumAccess;

  ConsultationController(Consultations consultations, MidtermStatus midtermStatus, ContactPersons contactPersons,
      WorkingDays workingDays, IdentityService identityService, ForumAccess forumAccess) {
    this.forumAccess = forumAccess;
    this.consultations = consultations;
    this.midtermStatus = midtermStatus;
    this.contactPersons = contactPersons;
    this.workingDays = workingDays;
    this.identityService = identityService;
  }

  @Schema(description = "A consultation to open. Give replyBy (a working day) or replyWithinWorkingDays.")
  record OpenConsultation(String subject, String question,
      @Schema(description = "the secretariat (group id) that chases and closes it, e.g. ffu-secretariat")
      String ownerGroup,
      @Schema(description = "user or group ids, e.g. cluster-nord-secretaries, municipality-aalborg")
      List<String> respondents, LocalDate replyBy, Integer replyWithinWorkingDays,
      @Schema(description = "nullable: put the replies before this forum, e.g. ffu") String forumId) {}

  record MidtermStatusStart(LocalDate replyBy, Integer replyWithinWorkingDays) {}

  record ContactPersonRequest(String subject, String question, String ownerGroup, LocalDate replyBy,
      Integer replyWithinWorkingDays, String forumId) {}

  record Summary(long id, ConsultationKind kind, String subject, String ownerGroup, LocalDate replyBy,
      String forumId, ConsultationStatus status, int respondents, int replies) {}

  record RespondentStatus(String respondent, String name, boolean group, boolean replied, Boolean late) {}

  record Details(Consultation consultation, List<RespondentStatus> respondents, List<ConsultationReply> replies,
      List<ConsultationItem> items, MidtermStatusRecord midtermStatus) {}

  @GetMapping
  @Operation(summary = "The consultations the user owns (secretariat) or is asked in, newest first, with how many"
      + " have replied; process owners see all")
  List<Summary> list() {
    ForumAccess.Reader reader = forumAccess.currentReader();
    return consultations.all().stream().filter(c -> consultations.reading(c, reader).isPresent())
        .map(c -> new Summary(c.id(), c.kind(), c.subject(), c.ownerGroup(),
        c.replyBy(), c.forumId(), c.status(), consultations.respondents(c.id()).size(),
        consultations.replies(c.id()).size())).toList();
  }

  @GetMapping("/{consultationId}")
  @Operation(summary = "A consultation: respondents, who replied (late or not), the replies, its agenda items. The"
      + " owning secretariat and process owners read every reply, a respondent their own; others get 404")
  Details details(@PathVariable long consultationId) {
    ForumAccess.Reader reader = forumAccess.currentReader();
    Consultations.Reading reading = consultations.requireReading(consultationId, reader);
    Consultation c = consultations.get(consultationId);
    Map<String, ConsultationReply> replies = consultations.replies(consultationId).stream()
        .collect(Collectors.toMap(ConsultationReply::respondent, Function.identity()));
    List<RespondentStatus> respondents = consultations.respondents(consultationId).stream()
        .map(r -> new RespondentStatus(r.respondent(), r.name(), r.isGroup(), replies.containsKey(r.respondent()),
            replies.containsKey(r.respondent()) ? replies.get(r.respondent()).late() : null))
        .toList();
    // A respondent reads the replies they may give, the secretariat and process owners all.
    List<ConsultationReply> shown = consultations.replies(consultationId).stream()
        .filter(r -> Consultations.shows(reading, reader, r.respondent())).toList();
    return new Details(c, respondents, shown, consultations.items(consultationId),
        midtermStatus.find(consultationId).orElse(null));
  }

  @PostMapping
  @Operation(summary = "Open a consultation (a member of the owning secretariat) and start its process")
  ResponseEntity<Details> open(@RequestBody OpenConsultation body) {
    consultations.requireOwner(body.ownerGroup() == null ? "" : body.ownerGroup().strip(), actor());
    long id = consultations.open(new ConsultationRequest(body.subject(), body.question(), body.ownerGroup(),
        body.respondents(), replyBy(body.replyBy(), body.replyWithinWorkingDays()), body.forumId()), actor());
    return ResponseEntity.created(URI.create("/api/consultations/" + id)).body(details(id));
  }

  @PostMapping("/{consultationId}/replies")
  @Operation(summary = "Reply for yourself or your group (completes the reply task, as the Tasklist form does)")
  ResponseEntity<ConsultationReply> reply(@PathVariable long consultationId, @RequestBody ReplyInput reply) {
    ConsultationReply saved = consultations.reply(consultationId, reply, actor());
    return ResponseEntity.created(URI.create("/api/consultations/" + consultationId)).body(saved);
  }

  @PostMapping("/{consultationId}/close")
  @Operation(summary = "Close the consultation after the reply deadline (its secretariat): no more replies")
  Details close(@PathVariable long consultationId) {
    consultations.close(consultationId, actor());
    return details(consultationId);
  }

  @PostMapping("/midterm-status")
  @Operation(summary = "Start the mid-term status (FFU's secretariat): clusters and the coordination group reply,"
      + " then FFU, SSF and SSU, then it is sent to Sundhedsstyrelsen")
  ResponseEntity<Details> startMidtermStatus(@RequestBody MidtermStatusStart body) {
    consultations.requireOwner("ffu-secretariat", actor());
    long id = midtermStatus.start(replyBy(body.replyBy(), body.replyWithinWorkingDays()), actor());
    return ResponseEntity.created(URI.create("/api/consultations/" + id)).body(details(id));
  }

  @PostMapping("/contact-persons")
  @Operation(summary = "Ask each of the 11 municipalities to designate a contact person (name and e-mail)")
  ResponseEntity<Details> requestContactPersons(@RequestBody ContactPersonRequest body) {
    consultations.requireOwner(body.ownerGroup() == null ? "" : body.ownerGroup().strip(), actor());
    long id = contactPersons.request(body.subject(), body.question(), body.ownerGroup(),
        replyBy(body.replyBy(), body.replyWithinWorkingDays()), body.forumId(), actor());
    return ResponseEntity.created(URI.create("/api/consultations/" + id)).body(details(id));
  }

  @GetMapping("/{consultationId}/contact-persons")
  @Operation(summary = "The designated contact person of each municipality (null while it has not replied): all for"
      + " the owning secretariat and process owners, a municipality its own")
  List<ContactPerson> contactPersons(@PathVariable long consultationId) {
    ForumAccess.Reader reader = forumAccess.currentReader();
    Consultations.Reading reading = consultations.requireReading(consultationId, reader);
    return contactPersons.of(consultationId).stream()
        .filter(p -> Consultations.shows(reading, reader, p.municipality())).toList();
  }

  private LocalDate replyBy(LocalDate replyBy, Integer withinWorkingDays) {
    if (replyBy != null && withinWorkingDays != null) {
      throw new UserInputException("Angiv enten 'replyBy' (en dato) eller 'replyWithinWorkingDays', ikke begge.");
    }
    if (withinWorkingDays != null) {
      if (withinWorkingDays < 1 || withinWorkingDays > 250) {
        throw new UserInputException("'replyWithinWorkingDays' skal være mellem 1 og 250 arbejdsdage.");
      }
      return workingDays.plusWorkingDays(EngineClock.today(), withinWorkingDays);
    }
    return replyBy;
  }

  private String actor() {
    return identityService.getCurrentAuthentication().getUserId();
  }
}
