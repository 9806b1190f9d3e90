package dk.nordjylland.governance.minutes;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingAccess;
import dk.nordjylland.governance.validation.NotAllowedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The minutes round of a meeting: the members' comments on the draft and the chair's send-backs. Working notes of
 * the forum, so its own people only: process owners, who read every forum's documents, get 403.
 */
@RestController
@Tag(name = "Minutes", description = "Comments on the minutes draft and the chair's send-backs")
class MinutesController {

  private final Minutes minutes;
  private final MeetingAccess meetingAccess;
  private final ForumAccess forumAccess;

  MinutesController(Minutes minutes, MeetingAccess meetingAccess, ForumAccess forumAccess) {
    this.minutes = minutes;
    this.meetingAccess = meetingAccess;
    this.forumAccess = forumAccess;
  }

  @GetMapping("/api/meetings/{meetingId}/minutes-comments")
  @Operation(summary = "The members' comments on the minutes draft, oldest first, with author and time; text null"
      + " is \"no remarks\" (the forum's people)")
  List<MinutesComment> comments(@PathVariable String meetingId) {
    requireForumPerson(meetingId);
    return minutes.comments(meetingId);
  }

  @GetMapping("/api/meetings/{meetingId}/minutes")
  @Operation(summary = "The minutes round: the introduction, the chair's latest send-back and every send-back"
      + " (the forum's people)")
  MinutesRound round(@PathVariable String meetingId) {
    requireForumPerson(meetingId);
    return new MinutesRound(minutes.introduction(meetingId).orElse(null),
        minutes.latestSendBack(meetingId).orElse(null), minutes.sendBacks(meetingId));
  }

  record MinutesRound(String introduction, SendBack latestSendBack, List<SendBack> sendBacks) {}

  private void requireForumPerson(String meetingId) {
    ForumAccess.Reader reader = forumAccess.currentReader();
    Meeting meeting = meetingAccess.require(meetingId, reader);
    if (!reader.belongsTo(meeting.forumId())) {
      throw new NotAllowedException("Referatrunden ses kun af forummets medlemmer, formand og sekretariat.");
    }
  }
}
