package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.validation.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creating a meeting: an extra meeting on a coming day, or a past one registered for the archive. */
@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings", description = "The forums' meeting calendars and where each meeting's cycle stands")
class MeetingCreationController {

  private final MasterData masterData;
  private final SecretariatOnly secretariatOnly;
  private final ExtraMeetings extraMeetings;
  private final ArchiveMeetings archiveMeetings;

  MeetingCreationController(MasterData masterData, SecretariatOnly secretariatOnly, ExtraMeetings extraMeetings,
      ArchiveMeetings archiveMeetings) {
    this.masterData = masterData;
    this.secretariatOnly = secretariatOnly;
    this.extraMeetings = extraMeetings;
    this.archiveMeetings = archiveMeetings;
  }

  @PostMapping
  @Operation(summary = "Create an extra meeting (ekstraordinært møde) of a forum on a coming working day (its"
      + " secretariat, process owners): its cycle starts at once; id <forum>-<date>-extra. With startAt"
      + " (recordMeeting, registered): a past meeting registered for the archive, its cycle at that step;"
      + " id <forum>-<date>-archive")
  ResponseEntity<Meeting> create(@RequestBody CreateRequest create) {
    Problems problems = new Problems();
    problems.require(create.forumId() != null && !create.forumId().isBlank(), "Vælg det forum, mødet holdes i ('forumId').");
    Forum forum = create.forumId() == null ? null : masterData.forum(create.forumId()).orElse(null);
    problems.require(create.forumId() == null || create.forumId().isBlank() || forum != null,
        "Forummet '" + create.forumId() + "' findes ikke.");
    boolean archive = create.startAt() != null;
    Optional<ArchiveStep> step = ArchiveStep.parse(create.startAt());
    problems.require(!archive || step.isPresent(), "Trinnet '" + create.startAt() + "' findes ikke. Et tidligere møde"
        + " starter ved " + ArchiveStep.choices() + ".");
    problems.throwIfAny(archive ? "Mødet kan ikke registreres" : "Mødet kan ikke oprettes");
    secretariatOnly.require(forum, archive ? "registrere møder" : "oprette møder");
    Meeting created = archive
        ? archiveMeetings.register(forum, create.startsAt(), create.endsAt(), create.place(), step.orElseThrow())
        : extraMeetings.create(forum, create.startsAt(), create.endsAt(), create.place());
    return ResponseEntity.created(URI.create("/api/meetings/" + created.id())).body(created);
  }

  /**
   * endsAt: two hours after the start if left out; place: the forum's usual place if left out; startAt: only for a
   * past meeting (the archive), the step its cycle starts at ({@link ArchiveStep#code()}).
   */
  record CreateRequest(String forumId, LocalDateTime startsAt, LocalDateTime endsAt, String place, String startAt) {}
}
