package dk.nordjylland.governance.item;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.meeting.MeetingAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Agenda")
class DecisionCorrectionController {

  private final DecisionCorrections corrections;
  private final MeetingAccess meetingAccess;
  private final ForumAccess forumAccess;

  DecisionCorrectionController(DecisionCorrections corrections, MeetingAccess meetingAccess, ForumAccess forumAccess) {
    this.corrections = corrections;
    this.meetingAccess = meetingAccess;
    this.forumAccess = forumAccess;
  }

  @PutMapping("/api/meetings/{meetingId}/decisions/{itemId}")
  @Operation(summary = "Correct the recorded decision on an item (secretariat of the forum) until the minutes are"
      + " approved (409 after); kept in the item's history as DECISION_CORRECTED")
  AgendaEntry correct(@PathVariable String meetingId, @PathVariable long itemId,
      @RequestBody CorrectedDecision correction) {
    meetingAccess.require(meetingId);
    return corrections.correct(meetingId, itemId, correction, forumAccess.currentUser());
  }
}
