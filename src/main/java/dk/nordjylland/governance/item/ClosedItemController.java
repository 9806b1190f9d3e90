package dk.nordjylland.governance.item;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingAccess;
import dk.nordjylland.governance.meeting.SecretariatOnly;
import dk.nordjylland.governance.validation.UserInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Closed items and inhabilitet over our API (ADR 0055): the secretariat of the forum marks an item closed with its
 * public wording, records the public decision beside the confidential one, and who was disqualified. Reading: the
 * people who may read the item; a disqualified member reads the public wording only.
 */
@RestController
@Tag(name = "Closed items", description = "Lukket punkt: public title, reason, public decision; inhabilitet")
class ClosedItemController {

  private final ClosedItems closedItems;
  private final ItemAccess itemAccess;
  private final MeetingAccess meetingAccess;
  private final ForumAccess forumAccess;
  private final SecretariatOnly secretariatOnly;
  private final MasterData masterData;

  ClosedItemController(ClosedItems closedItems, ItemAccess itemAccess, MeetingAccess meetingAccess,
      ForumAccess forumAccess, SecretariatOnly secretariatOnly, MasterData masterData) {
    this.closedItems = closedItems;
    this.itemAccess = itemAccess;
    this.meetingAccess = meetingAccess;
    this.forumAccess = forumAccess;
    this.secretariatOnly = secretariatOnly;
    this.masterData = masterData;
  }

  /** The body of PUT /closure. */
  record ClosureInput(Boolean closed, String publicTitle, String reason) {}

  /** The body of PUT /public-decision. */
  record PublicDecisionInput(String publicDecision) {}

  /** A disqualification as the API answers it. */
  record DisqualificationView(long itemId, String personId, String name, String reason) {}

  @GetMapping("/api/items/{itemId}/closure")
  @Operation(summary = "Whether the item is closed (lukket punkt), its public title and the reason")
  Closure closure(@PathVariable long itemId) {
    itemAccess.require(itemId, forumAccess.currentReader());
    return closedItems.closure(itemId);
  }

  @PutMapping("/api/items/{itemId}/closure")
  @Operation(summary = "Mark the item closed with its public title and reason, or open again (the forum's"
      + " secretariat); the agenda is not sent while a closed item lacks its public title")
  Closure close(@PathVariable long itemId, @RequestBody ClosureInput input) {
    Item item = itemAccess.require(itemId, forumAccess.currentReader());
    secretariatOnly.require(forum(item.forumId()), "markere punkter som lukkede");
    if (input == null || input.closed() == null) {
      throw new UserInputException(
          "Angiv, om punktet er lukket (\"closed\": true eller false).");
    }
    return closedItems.mark(itemId, input.closed(), input.publicTitle(), input.reason());
  }

  @PutMapping("/api/meetings/{meetingId}/items/{itemId}/public-decision")
  @Operation(summary = "The public decision of a closed item at the meeting (the forum's secretariat); the minutes"
      + " are not approved while a decided closed item lacks it")
  PublicDecisionInput publicDecision(@PathVariable String meetingId, @PathVariable long itemId,
      @RequestBody PublicDecisionInput input) {
    Meeting meeting = meetingAccess.require(meetingId);
    secretariatOnly.require(forum(meeting.forumId()), "skrive offentlige beslutninger");
    closedItems.setPublicDecision(meetingId, itemId, input == null ? null : input.publicDecision());
    return new PublicDecisionInput(closedItems.publicDecision(meetingId, itemId));
  }

  @GetMapping("/api/meetings/{meetingId}/disqualifications")
  @Operation(summary = "Who was disqualified (inhabil) for which item at the meeting, with the reason")
  List<DisqualificationView> disqualifications(@PathVariable String meetingId) {
    meetingAccess.require(meetingId);
    return closedItems.disqualifications(meetingId).stream().map(this::view).toList();
  }

  @PutMapping("/api/meetings/{meetingId}/items/{itemId}/disqualifications")
  @Operation(summary = "Replace who was disqualified for the item at the meeting (the forum's secretariat): a list"
      + " of {personId, reason}; the minutes say \"<navn> deltog ikke i behandlingen af punktet\"")
  List<DisqualificationView> disqualify(@PathVariable String meetingId, @PathVariable long itemId,
      @RequestBody List<ClosedItems.Disqualified> people) {
    Meeting meeting = meetingAccess.require(meetingId);
    secretariatOnly.require(forum(meeting.forumId()), "registrere inhabilitet");
    closedItems.setDisqualifications(meetingId, itemId, people, forumAccess.currentUser());
    return closedItems.disqualifications(meetingId, itemId).stream().map(this::view).toList();
  }

  private DisqualificationView view(Disqualification d) {
    return new DisqualificationView(d.itemId(), d.personId(),
        masterData.person(d.personId()).map(p -> p.name()).orElse(d.personId()), d.reason());
  }

  private Forum forum(String forumId) {
    return masterData.forum(forumId).orElseThrow();
  }
}
