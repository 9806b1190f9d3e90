package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings", description = "The forums' meeting calendars and where each meeting's cycle stands")
class MeetingController {

  private final Meetings meetings;
  private final MeetingAccess meetingAccess;
  private final ForumAccess forumAccess;
  private final MasterData masterData;
  private final MeetingMover mover;
  private final ExtraMeetings extraMeetings;
  private final SecretariatOnly secretariatOnly;
  private final ArchiveMeetings archiveMeetings;

  MeetingController(Meetings meetings, MeetingAccess meetingAccess, ForumAccess forumAccess, MasterData masterData,
      MeetingMover mover, ExtraMeetings extraMeetings,
      SecretariatOnly secretariatOnly, ArchiveMeetings archiveMeetings) {
    this.archiveMeetings = archiveMeetings;
    this.extraMeetings = extraMeetings;
    this.secretariatOnly = secretariatOnly;
    this.meetings = meetings;
    this.meetingAccess = meetingAccess;
    this.forumAccess = forumAccess;
    this.masterData = masterData;
    this.mover = mover;
  }

  @GetMapping
  @Operation(summary = "The meetings of a forum, by date (its own people, process owners and administrators)")
  List<Meeting> ofForum(@RequestParam String forum) {
    Forum found = masterData.forum(forum)
        .orElseThrow(() -> new NotFoundException("Forummet '" + forum + "' findes ikke."));
    // Forums are listed for everyone (/api/forums), so a forum one may not read is a 403, not a 404.
    if (!forumAccess.currentReader().mayRead(forum)) {
      throw new NotAllowedException("Du har ikke adgang til møderne i " + found.shortName() + ".");
    }
    return meetings.ofForum(forum);
  }

  @PostMapping("/{meetingId}/move")
  @Operation(summary = "Move a meeting (secretariat of its forum): its cycle's deadlines follow")
  Meeting move(@PathVariable String meetingId, @RequestBody MoveRequest move) {
    Meeting meeting = meeting(meetingId);
    // As on the Møder page: the forum's secretariat, process owners and administrators; others a Danish 403.
    secretariatOnly.require(masterData.forum(meeting.forumId()).orElseThrow(), "flytte møder");
    return mover.move(meetingId, move.startsAt(), move.endsAt(), move.place());
  }

  /** New start and end, a new place, or both; what is left out stays. */
  record MoveRequest(LocalDateTime startsAt, LocalDateTime endsAt, String place) {}

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

  @GetMapping("/{meetingId}")
  @Operation(summary = "One meeting")
  Meeting meeting(@PathVariable String meetingId) {
    return meetingAccess.require(meetingId);
  }
}
