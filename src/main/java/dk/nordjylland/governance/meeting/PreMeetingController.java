package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.validation.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The link between a meeting and its pre-meeting, both ways (ADR 0046), as the logged-in user may read them. */
@RestController
class PreMeetingController {

  private final MeetingAccess meetingAccess;
  private final Meetings meetings;

  PreMeetingController(MeetingAccess meetingAccess, Meetings meetings) {
    this.meetingAccess = meetingAccess;
    this.meetings = meetings;
  }

  @GetMapping("/api/meetings/{meetingId}/pre-meeting")
  @Operation(summary = "The pre-meeting the meeting's cycle planned (SSF: its kommunalt formøde)")
  Meeting preMeeting(@PathVariable String meetingId) {
    Meeting main = meetingAccess.require(meetingId);
    Meeting pre = meetings.preMeetingOf(main.id()).orElseThrow(() -> new NotFoundException(
        "Mødet '" + meetingId + "' har ikke noget formøde (endnu): det planlægges, når mødets punkter er screenet."));
    return meetingAccess.require(pre.id());
  }

  @GetMapping("/api/meetings/{meetingId}/main-meeting")
  @Operation(summary = "The meeting a pre-meeting prepares")
  Meeting mainMeeting(@PathVariable String meetingId) {
    Meeting pre = meetingAccess.require(meetingId);
    Meeting main = meetings.mainMeetingOf(pre.id()).orElseThrow(() -> new NotFoundException(
        "Mødet '" + meetingId + "' er ikke et formøde."));
    return meetingAccess.require(main.id());
  }
}
