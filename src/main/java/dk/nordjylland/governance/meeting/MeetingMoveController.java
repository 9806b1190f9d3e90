package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.masterdata.MasterData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Moving a meeting: the forum's secretariat, process owners and administrators. */
@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings", description = "The forums' meeting calendars and where each meeting's cycle stands")
class MeetingMoveController {

  private final MeetingAccess meetingAccess;
  private final MasterData masterData;
  private final SecretariatOnly secretariatOnly;
  private final MeetingMover mover;

  MeetingMoveController(MeetingAccess meetingAccess, MasterData masterData, SecretariatOnly secretariatOnly,
      MeetingMover mover) {
    this.meetingAccess = meetingAccess;
    this.masterData = masterData;
    this.secretariatOnly = secretariatOnly;
    this.mover = mover;
  }

  @PostMapping("/{meetingId}/move")
  @Operation(summary = "Move a meeting (secretariat of its forum): its cycle's deadlines follow")
  Meeting move(@PathVariable String meetingId, @RequestBody MoveRequest move) {
    Meeting meeting = meetingAccess.require(meetingId);
    // As on the Møder page: the forum's secretariat, process owners and administrators; others a Danish 403.
    secretariatOnly.require(masterData.forum(meeting.forumId()).orElseThrow(), "flytte møder");
    return mover.move(meetingId, move.startsAt(), move.endsAt(), move.place());
  }

  /** New start and end, a new place, or both; what is left out stays. */
  record MoveRequest(LocalDateTime startsAt, LocalDateTime endsAt, String place) {}
}
