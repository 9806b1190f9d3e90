package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.masterdata.MasterData;
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
  private final MasterData masterData;

  MeetingController(Meetings meetings, MasterData masterData) {
    this.meetings = meetings;
    this.masterData = masterData;
  }

  @GetMapping
  @Operation(summary = "The meetings of a forum, by date")
  List<Meeting> ofForum(@RequestParam String forum) {
    masterData.forum(forum).orElseThrow(() -> new NotFoundException("Forummet '" + forum + "' findes ikke."));
    return meetings.ofForum(forum);
  }

  @GetMapping("/{meetingId}")
  @Operation(summary = "One meeting")
  Meeting meeting(@PathVariable String meetingId) {
    return meetings.find(meetingId)
        .orElseThrow(() -> new NotFoundException("Mødet '" + meetingId + "' findes ikke."));
  }
}
