package dk.nordjylland.governance.item;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingAccess;
import dk.nordjylland.governance.meeting.SecretariatOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/meetings/{id}/cancel}: here, not in the meeting package, as it moves the meeting's items. */
@RestController
@Tag(name = "Meetings")
class MeetingCancellationController {

  private final MeetingAccess meetingAccess;
  private final MasterData masterData;
  private final SecretariatOnly secretariatOnly;
  private final MeetingCancellation cancellation;
  private final ForumAccess forumAccess;

  MeetingCancellationController(MeetingAccess meetingAccess, MasterData masterData, SecretariatOnly secretariatOnly,
      MeetingCancellation cancellation, ForumAccess forumAccess) {
    this.meetingAccess = meetingAccess;
    this.masterData = masterData;
    this.secretariatOnly = secretariatOnly;
    this.cancellation = cancellation;
    this.forumAccess = forumAccess;
  }

  @PostMapping("/api/meetings/{meetingId}/cancel")
  @Operation(summary = "Cancel a meeting not yet held (its forum's secretariat, process owners), with a reason: its"
      + " cycle ends, its items go to the forum's next meeting, the members are told by mail")
  Meeting cancel(@PathVariable String meetingId, @RequestBody CancelRequest cancel) {
    Meeting meeting = meetingAccess.require(meetingId);
    secretariatOnly.require(masterData.forum(meeting.forumId()).orElseThrow(), "aflyse møder");
    return cancellation.cancel(meetingId, cancel.reason(), forumAccess.currentUser());
  }

  record CancelRequest(String reason) {}
}
