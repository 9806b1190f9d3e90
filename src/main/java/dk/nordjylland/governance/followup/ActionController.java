package dk.nordjylland.governance.followup;

import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.UserInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/actions")
@Tag(name = "Actions", description = "The follow-up of meetings: actions and reservations with owner and due date")
class ActionController {

  private final FollowUps followUps;
  private final Meetings meetings;

  ActionController(FollowUps followUps, Meetings meetings) {
    this.followUps = followUps;
    this.meetings = meetings;
  }

  @GetMapping
  @Operation(summary = "The follow-ups of a meeting or of an agenda item (give exactly one of the two)")
  List<Action> list(
      @Parameter(description = "meeting id, e.g. ffu-2025-08-22") @RequestParam(required = false) String meeting,
      @Parameter(description = "agenda item id") @RequestParam(required = false) Long item) {
    if ((meeting == null) == (item == null)) {
      throw new UserInputException("Angiv præcis én af 'meeting' (et møde-id) og 'item' (et punkt-id).");
    }
    if (meeting != null) {
      meetings.find(meeting).orElseThrow(() -> new NotFoundException("Mødet '" + meeting + "' findes ikke."));
      return followUps.ofMeeting(meeting);
    }
    return followUps.ofItem(item);
  }

  @GetMapping("/{actionId}")
  @Operation(summary = "One follow-up action or reservation")
  Action action(@PathVariable long actionId) {
    return followUps.get(actionId);
  }
}
