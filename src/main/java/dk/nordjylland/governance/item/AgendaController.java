package dk.nordjylland.governance.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.meeting.MeetingAccess;
import dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements;
import dk.nordjylland.governance.meeting.MeetingCycleProcess;
import dk.nordjylland.governance.validation.ConcurrentChange;
import dk.nordjylland.governance.validation.ConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agenda items for the case system and scripts. Screening and decisions complete the same Tasklist
 * tasks with the same validation, as the calling user with the user's authorizations.
 */
@RestController
@Tag(name = "Agenda", description = "Propose items, screen the pipeline, record decisions, follow an item")
class AgendaController {

  private final Agenda agenda;
  private final Items items;
  private final MeetingAccess meetingAccess;
  private final ForumAccess forumAccess;
  private final FollowUps followUps;
  private final TaskService taskService;
  private final ObjectMapper json;

  private final ItemLinks links;

  AgendaController(Agenda agenda, Items items, MeetingAccess meetingAccess, ForumAccess forumAccess,
      FollowUps followUps, TaskService taskService, ObjectMapper json, ItemLinks links) {
    this.links = links;
    this.agenda = agenda;
    this.items = items;
    this.meetingAccess = meetingAccess;
    this.forumAccess = forumAccess;
    this.followUps = followUps;
    this.taskService = taskService;
    this.json = json;
  }

  /** The body's fields; a {@code proposedBy} in it is refused (400): the proposer is always the logged-in user. */
  @PostMapping("/api/items")
  @Operation(summary = "Propose an item for a forum's meeting (or its next open meeting), as the logged-in user;"
      + " who may propose to which forum is configuration (governance.proposals)")
  ResponseEntity<ItemDetails> propose(@RequestBody ItemProposalRequest proposal) {
    String user = forumAccess.currentUser();
    long id = agenda.propose(proposal.proposalOf(user), proposal.announced(), user);
    return ResponseEntity.created(URI.create("/api/items/" + id)).body(details(id));
  }

  @GetMapping("/api/items/{itemId}")
  @Operation(summary = "An item with its parts, the agendas it was on, its decisions, history and actions (the"
      + " people of a forum it has been in, its proposer, process owners)")
  ItemDetails details(@PathVariable long itemId) {
    Item item = items.find(itemId).orElse(null);
    List<ItemEvent> history = items.history(itemId);
    if (item == null || !ItemAccess.mayRead(item, history, forumAccess.currentReader())) {
      // The same answer as an unknown id, so ids cannot be probed.
      throw ItemAccess.unknown(itemId);
    }
    return new ItemDetails(item, agenda.placement(item), items.recommendations(itemId), items.attachments(itemId),
        items.agendaEntriesOf(itemId), history, followUps.ofItem(itemId), links.cameFrom(itemId),
        links.sentOn(itemId), items.subTopicsOf(itemId));
  }

  @GetMapping("/api/meetings/{meetingId}/agenda")
  @Operation(summary = "The meeting's agenda in order, with decisions once recorded")
  List<AgendaEntry> agenda(@PathVariable String meetingId) {
    meetingAccess.require(meetingId);
    return items.agenda(meetingId);
  }

  @GetMapping("/api/meetings/{meetingId}/pipeline")
  @Operation(summary = "Items proposed for the meeting, not yet screened")
  List<Item> pipeline(@PathVariable String meetingId) {
    meetingAccess.require(meetingId);
    return items.pipeline(meetingId);
  }

  @PostMapping("/api/meetings/{meetingId}/screening")
  @Operation(summary = "Screen the pipeline (chair or secretariat): completes the screening task")
  ResponseEntity<List<AgendaEntry>> screen(@PathVariable String meetingId, @RequestBody List<ScreeningInput> screening) {
    completeTask(meetingId, Elements.SCREEN_ITEMS, "screening",
        Map.of(MeetingCycleProcess.SCREENING.getName(), write(screening)));
    return ResponseEntity.ok(items.agenda(meetingId));
  }

  @PostMapping("/api/meetings/{meetingId}/decisions")
  @Operation(summary = "Record attendance, one decision per item and the actions (secretariat)")
  ResponseEntity<List<AgendaEntry>> decide(@PathVariable String meetingId, @RequestBody MeetingRecord record) {
    completeTask(meetingId, Elements.RECORD_MEETING, "registrering af beslutninger", record.asTaskVariables());
    return ResponseEntity.ok(items.agenda(meetingId));
  }

  private void completeTask(String meetingId, String taskKey, String what, Map<String, Object> variables) {
    meetingAccess.require(meetingId);
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(meetingId).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new ConflictException("Mødet '" + meetingId + "' venter ikke på " + what
          + ", eller du har ikke adgang til opgaven.");
    }
    try {
      taskService.complete(task.getId(), variables);
    } catch (RuntimeException e) {
      // Another user completed the task in the meantime: what was refused was checked against the winner's
      // committed changes (e.g. items no longer in the pipeline). That is the race, not bad input.
      if (taskService.createTaskQuery().taskId(task.getId()).count() == 0) {
        throw new ConflictException(ConcurrentChange.MESSAGE);
      }
      throw e;
    }
  }

  /**
   * A JSON variable, as the Tasklist's forms submit lists: a String variable holds at most 4000 characters, which
   * the decisions of one ordinary meeting exceed.
   */
  private TypedValue write(Object value) {
    try {
      return SpinValues.jsonValue(json.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
