package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

  MeetingController(Meetings meetings, MeetingAccess meetingAccess, ForumAccess forumAccess, MasterData masterData) {
    this.meetings = meetings;
    this.meetingAccess = meetingAccess;
    this.forumAccess = forumAccess;
    this.masterData = masterData;
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

  @GetMapping("/{meetingId}")
  @Operation(summary = "One meeting")
  Meeting meeting(@PathVariable String meetingId) {
    return meetingAccess.require(meetingId);
  }
}
