package dk.nordjylland.governance.consultation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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

@RestController
@RequestMapping("/api/consultations")
@Tag(name = "Consultations", description = "Consultations with a reply deadline: one reply per respondent, late"
    + " replies until the secretariat closes it; the mid-term status and the municipalities' contact persons")
class ConsultationController {

  private final ConsultationView view;
  private final ConsultationAccess access;
  private final ConsultationOpening opening;
  private final ConsultationReplies replies;
  private final ConsultationClosing closing;
  private final ReplyDeadlines deadlines;

  ConsultationController(ConsultationView view, ConsultationAccess access, ConsultationOpening opening,
      ConsultationReplies replies, ConsultationClosing closing, ReplyDeadlines deadlines) {
    this.view = view;
    this.access = access;
    this.opening = opening;
    this.replies = replies;
    this.closing = closing;
    this.deadlines = deadlines;
  }

  @Schema(description = "A consultation to open. Give replyBy (a working day) or replyWithinWorkingDays.")
  record OpenConsultation(String subject, String question,
      @Schema(description = "the secretariat (group id) that chases and closes it, e.g. ffu-secretariat")
      String ownerGroup,
      @Schema(description = "user or group ids, e.g. cluster-nord-secretaries, municipality-aalborg")
      List<String> respondents, LocalDate replyBy, Integer replyWithinWorkingDays,
      @Schema(description = "nullable: put the replies before this forum, e.g. ffu") String forumId) {}

  @GetMapping
  @Operation(summary = "The consultations the user owns (secretariat) or is asked in, newest first, with how many"
      + " have replied; process owners see all")
  List<ConsultationView.Summary> list() {
    return view.list();
  }

  @GetMapping("/{consultationId}")
  @Operation(summary = "A consultation: respondents, who replied (late or not), the replies, its agenda items. The"
      + " owning secretariat and process owners read every reply, a respondent their own; others get 404")
  ConsultationView.Details details(@PathVariable long consultationId) {
    return view.details(consultationId);
  }

  @PostMapping
  @Operation(summary = "Open a consultation (a member of the owning secretariat) and start its process")
  ResponseEntity<ConsultationView.Details> open(@RequestBody OpenConsultation body, Principal user) {
    access.requireOwner(body.ownerGroup() == null ? "" : body.ownerGroup().strip(), user.getName());
    long id = opening.open(new ConsultationRequest(body.subject(), body.question(), body.ownerGroup(),
        body.respondents(), deadlines.replyBy(body.replyBy(), body.replyWithinWorkingDays()), body.forumId()), user.getName());
    return ResponseEntity.created(URI.create("/api/consultations/" + id)).body(view.details(id));
  }

  @PostMapping("/{consultationId}/replies")
  @Operation(summary = "Reply for yourself or your group (completes the reply task, as the Tasklist form does)")
  ResponseEntity<ConsultationReply> reply(@PathVariable long consultationId, @RequestBody ReplyInput reply,
      Principal user) {
    ConsultationReply saved = replies.reply(consultationId, reply, user.getName());
    return ResponseEntity.created(URI.create("/api/consultations/" + consultationId)).body(saved);
  }

  @PostMapping("/{consultationId}/close")
  @Operation(summary = "Close the consultation after the reply deadline (its secretariat): no more replies")
  ConsultationView.Details close(@PathVariable long consultationId, Principal user) {
    closing.close(consultationId, user.getName());
    return view.details(consultationId);
  }
}
