package dk.nordjylland.governance.item;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingAccess;
import dk.nordjylland.governance.meeting.SecretariatOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/meetings/{id}/agenda/...}: the forum's secretariat changes a sent agenda (a late item, an item withdrawn)
 * and sends the revised version (ADR 0058). The same use cases as the page "Ret den udsendte dagsorden".
 */
@RestController
@Tag(name = "Meetings")
class AgendaRevisionController {

  static final String WHAT = "rette den udsendte dagsorden";

  private final MeetingAccess meetingAccess;
  private final MasterData masterData;
  private final SecretariatOnly secretariatOnly;
  private final ForumAccess forumAccess;
  private final RevisableAgenda agenda;
  private final AgendaRevisionUseCases useCases;

  AgendaRevisionController(MeetingAccess meetingAccess, MasterData masterData, SecretariatOnly secretariatOnly,
      ForumAccess forumAccess, RevisableAgenda agenda, AgendaRevisionUseCases useCases) {
    this.meetingAccess = meetingAccess;
    this.masterData = masterData;
    this.secretariatOnly = secretariatOnly;
    this.forumAccess = forumAccess;
    this.agenda = agenda;
    this.useCases = useCases;
  }

  @GetMapping("/api/meetings/{meetingId}/agenda/revision")
  @Operation(summary = "What the secretariat can change in the sent agenda now: the items that can join as late items,"
      + " the default position, what changed since the version sent, and the revised versions sent so far")
  RevisionState state(@PathVariable String meetingId) {
    Meeting meeting = planned(meetingId);
    String whyNot = agenda.whyNot(meeting);
    return new RevisionState(meetingId, whyNot == null, whyNot, agenda.latestVersion(meetingId),
        whyNot == null ? agenda.changesSinceSent(meetingId) : List.of(),
        agenda.lateItemChoices(meeting).stream().map(i -> new Choice(i.id(), i.title())).toList(),
        agenda.defaultPosition(meetingId), agenda.sent(meetingId));
  }

  @PostMapping("/api/meetings/{meetingId}/agenda/late-items")
  @Operation(summary = "Put one of the forum's proposed items on the sent agenda as a late item (tillægspunkt); no"
      + " position: before \"Eventuelt\", or last. The members get it with the revised agenda")
  LateItemAdded addLateItem(@PathVariable String meetingId, @RequestBody LateItemRequest request) {
    planned(meetingId);
    int position = useCases.lateItems().add(meetingId, request.itemId(), request.position(), forumAccess.currentUser());
    return new LateItemAdded(request.itemId(), position);
  }

  @PostMapping("/api/meetings/{meetingId}/agenda/withdrawals")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Withdraw an item from the sent agenda with a reason (not a standing item): it goes back to the"
      + " forum's pipeline for the next meeting that takes items")
  void withdraw(@PathVariable String meetingId, @RequestBody WithdrawalRequest request) {
    planned(meetingId);
    useCases.withdrawal().withdraw(meetingId, request.itemId(), request.reason(), forumAccess.currentUser());
  }

  @PostMapping("/api/meetings/{meetingId}/agenda/revisions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Send the revised agenda to the members with a note (what changed and why): the next version"
      + " of the PDF, a mail \"Revideret dagsorden\" with the changes; refused when nothing changed")
  RevisionSent send(@PathVariable String meetingId, @RequestBody RevisionRequest request) {
    planned(meetingId);
    return new RevisionSent(useCases.sending().send(meetingId, request.note(), forumAccess.currentUser()));
  }

  /** The meeting, 404 where the user may not read it, 403 unless the user plans the forum's meetings. */
  private Meeting planned(String meetingId) {
    Meeting meeting = meetingAccess.require(meetingId);
    secretariatOnly.require(masterData.forum(meeting.forumId()).orElseThrow(), WHAT);
    return meeting;
  }

  record LateItemRequest(Long itemId, Integer position) {}

  record LateItemAdded(long itemId, int position) {}

  record WithdrawalRequest(Long itemId, String reason) {}

  record RevisionRequest(String note) {}

  record RevisionSent(int version) {}

  record Choice(long itemId, String title) {}

  record RevisionState(String meetingId, boolean revisable, String whyNot, int sentVersion, List<String> changes,
      List<Choice> lateItemChoices, int defaultPosition, List<RevisedAgenda> revisedVersions) {}
}
