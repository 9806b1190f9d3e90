package dk.nordjylland.governance.followup;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.meeting.MeetingAccess;
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
  private final MeetingAccess meetingAccess;
  private final ForumAccess forumAccess;
  private final ItemReaders itemReaders;

  ActionController(FollowUps followUps, MeetingAccess meetingAccess, ForumAccess forumAccess,
      ItemReaders itemReaders) {
    this.followUps = followUps;
    this.meetingAccess = meetingAccess;
    this.forumAccess = forumAccess;
    this.itemReaders = itemReaders;
  }

  @GetMapping
  @Operation(summary = "The follow-ups of a meeting or of an agenda item (give exactly one of the two); those the"
      + " user may read: of the user's forums, or owned by the user or the user's group")
  List<Action> list(
      @Parameter(description = "meeting id, e.g. ffu-2025-08-22") @RequestParam(required = false) String meeting,
      @Parameter(description = "agenda item id") @RequestParam(required = false) Long item) {
    if ((meeting == null) == (item == null)) {
      throw new UserInputException("Angiv præcis én af 'meeting' (et møde-id) og 'item' (et punkt-id).");
    }
    ForumAccess.Reader reader = forumAccess.currentReader();
    if (meeting != null) {
      meetingAccess.require(meeting, reader);
      return followUps.ofMeeting(meeting).stream().filter(a -> mayRead(a, reader)).toList();
    }
    return followUps.ofItem(item).stream().filter(a -> mayRead(a, reader)).toList();
  }

  @GetMapping("/{actionId}")
  @Operation(summary = "One follow-up action or reservation")
  Action action(@PathVariable long actionId) {
    Action action = followUps.get(actionId);
    if (!mayRead(action, forumAccess.currentReader())) {
      // The same answer as an unknown id: ids cannot be probed.
      throw new NotFoundException("Opfølgningen med id " + actionId + " findes ikke.");
    }
    return action;
  }

  /**
   * Its owner (a person, or a group such as a working group outside the forum): the one who must act is told, as in
   * the mails (ADR 0060). Otherwise the people of its forum, unless the action was decided under a closed item the
   * reader may not read (a member disqualified for it, ADR 0055): its description, result and report are that item's
   * content, so the action is left out for them.
   */
  private boolean mayRead(Action action, ForumAccess.Reader reader) {
    if (reader.is(action.ownerUser()) || reader.is(action.ownerGroup())) {
      return true;
    }
    return reader.mayRead(action.forumId())
        && (action.itemId() == null || itemReaders.seesConfidential(reader, action.itemId()));
  }
}
