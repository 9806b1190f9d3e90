package dk.nordjylland.governance.item;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.meeting.MeetingAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Agenda")
class MinutesCorrectionController {

  private final MinutesCorrections corrections;
  private final MeetingAccess meetingAccess;
  private final ForumAccess forumAccess;

  MinutesCorrectionController(MinutesCorrections corrections, MeetingAccess meetingAccess, ForumAccess forumAccess) {
    this.corrections = corrections;
    this.meetingAccess = meetingAccess;
    this.forumAccess = forumAccess;
  }

  @PostMapping("/api/meetings/{meetingId}/minutes/corrections")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Correct the wording of decisions in approved minutes (the forum's secretariat) with a reason,"
      + " and publish them as the next minutes version to the members (\"Rettet referat\"); the outcome cannot change"
      + " (400); before the approval 409 (PUT /decisions/{itemId} applies then)")
  MinutesCorrected correct(@PathVariable String meetingId, @RequestBody(required = false)
      MinutesCorrection correction) {
    meetingAccess.require(meetingId);
    return corrections.correct(meetingId, correction, forumAccess.currentUser());
  }
}
