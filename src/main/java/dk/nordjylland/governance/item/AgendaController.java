package dk.nordjylland.governance.item;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.meeting.MeetingAccess;
import dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements;
import dk.nordjylland.governance.validation.ConcurrentChange;
import dk.nordjylland.governance.validation.ConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting's agenda for the case system and scripts: its agenda and pipeline, and the screening and decisions, which
 * complete the same Tasklist tasks with the same validation, as the calling user with the user's authorizations.
 * Proposing and reading an item: {@link ItemController}.
 */
@RestController
@Tag(name = "Agenda", description = "Propose items, screen the pipeline, record decisions, follow an item")
class AgendaController {

  private final Items items;
  private final MeetingAccess meetingAccess;
  private final TaskService taskService;

  private final ForumAccess forumAccess;
  private final ClosedItemViews closedItemViews;

  AgendaController(Items items, MeetingAccess meetingAccess, TaskService taskService, ForumAccess forumAccess,
      ClosedItemViews closedItemViews) {
    this.forumAccess = forumAccess;
    this.closedItemViews = closedItemViews;
    this.items = items;
    this.meetingAccess = meetingAccess;
    this.taskService = taskService;
  }

  @GetMapping("/api/meetings/{meetingId}/agenda")
  @Operation(summary = "The meeting's agenda in order, with decisions once recorded")
  List<AgendaEntry> agenda(@PathVariable String meetingId) {
    meetingAccess.require(meetingId);
    return closedItemViews.asSeenBy(forumAccess.currentReader(), items.agenda(meetingId));
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
    completeTask(meetingId, Elements.SCREEN_ITEMS, "screening", ScreeningInput.asTaskVariables(screening));
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

}
