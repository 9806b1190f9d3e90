package dk.nordjylland.governance.attendance;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingAccess;
import dk.nordjylland.governance.meeting.SecretariatOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meetings/{meetingId}/attendance")
@Tag(name = "Meetings")
class AttendanceController {

  private final Attendances attendances;
  private final MeetingAccess meetingAccess;
  private final SecretariatOnly secretariatOnly;
  private final MasterData masterData;
  private final ForumAccess forumAccess;

  AttendanceController(Attendances attendances, MeetingAccess meetingAccess, SecretariatOnly secretariatOnly,
      MasterData masterData, ForumAccess forumAccess) {
    this.attendances = attendances;
    this.meetingAccess = meetingAccess;
    this.secretariatOnly = secretariatOnly;
    this.masterData = masterData;
    this.forumAccess = forumAccess;
  }

  /** {@code recorded}: false while the attendance shown is the expected one (the members of the meeting's date). */
  record AttendanceAnswer(boolean recorded, Attendance attendance) {}

  @GetMapping
  @Operation(summary = "The meeting's attendance as recorded, or as expected from the members of its date")
  AttendanceAnswer get(@PathVariable String meetingId) {
    meetingAccess.require(meetingId);
    return attendances.recorded(meetingId).map(a -> new AttendanceAnswer(true, a))
        .orElseGet(() -> new AttendanceAnswer(false, attendances.expected(meetingId)));
  }

  @PutMapping
  @Operation(summary = "Record the meeting's attendance (secretariat of its forum): every member of the meeting's"
      + " date present or absent, substitutes for absent members, guests for the meeting or an item; replaces what"
      + " was recorded; printed in the minutes")
  AttendanceAnswer put(@PathVariable String meetingId, @RequestBody Attendance attendance) {
    Meeting meeting = meetingAccess.require(meetingId);
    secretariatOnly.require(masterData.forum(meeting.forumId()).orElseThrow(), "registrere fremmøde");
    attendances.record(meetingId, attendance, forumAccess.currentUser());
    return new AttendanceAnswer(true, attendances.of(meetingId));
  }
}
