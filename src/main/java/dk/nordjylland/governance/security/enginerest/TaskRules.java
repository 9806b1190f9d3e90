package dk.nordjylland.governance.security.enginerest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.nordjylland.governance.identity.Directory;
import java.io.IOException;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.rest.dto.task.CommentDto;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a person who is not an administrator may do to a task besides completing it: take it, hand it to a fellow
 * candidate if they are the task's secretariat, comment on it if it is theirs, and set its follow-up date.
 */
@Component
class TaskRules {

  private static final ObjectMapper CAMUNDA_JSON = JacksonConfigurator.configureObjectMapper(new ObjectMapper())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Tasks tasks;
  private final Directory directory;
  private final TrustedTaskOperations trusted;

  TaskRules(Tasks tasks, Directory directory, TrustedTaskOperations trusted) {
    this.tasks = tasks;
    this.directory = directory;
    this.trusted = trusted;
  }

  /**
   * claim, assignee, delegate: to oneself (Camunda checks the caller is a candidate), or by the task's secretariat to
   * another candidate of the task (carried out here: Camunda would want TASK_ASSIGN). Nobody hands a task to an
   * outsider, who could then complete it.
   */
  Optional<GuardAnswer> assign(String taskId, String operation, byte[] body, Caller caller) {
    JsonNode json = json(body);
    String target = json.path("userId").isTextual() ? json.path("userId").asText() : null;
    if (target == null) {
      return operation.equals("assignee") ? unclaim(taskId, caller) : Optional.empty();
    }
    if (target.equals(caller.userId())) {
      return Optional.empty();
    }
    TaskParties parties = tasks.parties(taskId).orElse(null);
    if (parties == null) {
      return Optional.empty();
    }
    if (!parties.isSecretariatOf(caller) || !parties.isCandidate(target, directory.groupsOf(target))) {
      throw Refused.forbidden("Du kan kun tage opgaven selv. Forummets sekretariat kan give den til en anden,"
          + " men kun til en af opgavens kandidater.");
    }
    return Optional.of(GuardAnswer.noContent(() -> trusted.assign(taskId, operation, target, caller)));
  }

  /**
   * Giving a task back: its assignee, or its secretariat (carried out here: Camunda wants TASK_ASSIGN, which candidates
   * do not have). Anyone else: Camunda decides.
   */
  Optional<GuardAnswer> unclaim(String taskId, Caller caller) {
    return tasks.parties(taskId)
        .filter(p -> caller.userId().equals(p.assignee()) || p.isSecretariatOf(caller))
        .map(p -> GuardAnswer.noContent(() -> trusted.assign(taskId, "assignee", null, caller)));
  }

  /** Comments on a task: by its candidates and the one who has it, not by read-only roles such as process owners. */
  Optional<GuardAnswer> comment(String taskId, byte[] body, Caller caller) {
    Task task = tasks.task(taskId).orElse(null);
    TaskParties parties = tasks.parties(taskId).orElse(null);
    if (task == null || parties == null) {
      return Optional.empty();
    }
    if (!parties.involves(caller)) {
      throw Refused.forbidden("Kun opgavens kandidater og den, der har opgaven, kan skrive kommentarer til den.");
    }
    JsonNode message = json(body).path("message");
    if (!message.isTextual() || message.asText().isBlank()) {
      throw Refused.badRequest("Skriv en kommentar.");
    }
    return Optional.of(response -> {
      Comment comment = trusted.comment(taskId, task.getProcessInstanceId(), message.asText(), caller);
      response.setStatus(200);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      CAMUNDA_JSON.writeValue(response.getOutputStream(), CommentDto.fromComment(comment));
    });
  }

  /**
   * PUT /task/{id} replaces the whole task; the Tasklist sends it back with a new follow-up date. Anything else that
   * differs (name, assignee, owner, due date, priority, ...) is for administrators.
   */
  Optional<GuardAnswer> update(String taskId, CachedBodyRequest request, Caller caller) {
    TaskDto submitted;
    try {
      JsonNode json = withoutFormRef(request);
      submitted = json == null ? null : CAMUNDA_JSON.treeToValue(json, TaskDto.class);
    } catch (IOException | IllegalArgumentException e) {
      throw Refused.badRequest("Anmodningen skal indeholde opgaven som JSON-objekt.");
    }
    if (submitted == null) {
      throw Refused.badRequest("Anmodningen skal indeholde opgaven som JSON-objekt.");
    }
    Task current = tasks.task(taskId).orElse(null);
    TaskParties parties = tasks.parties(taskId).orElse(null);
    if (current == null || parties == null) {
      return Optional.empty();
    }
    if (!onlyFollowUpDiffers(current, submitted)) {
      throw Refused.forbidden("Du kan kun ændre opfølgningsdatoen for opgaven.");
    }
    if (!parties.involves(caller)) {
      return Optional.empty();
    }
    return Optional.of(GuardAnswer.noContent(() -> trusted.followUp(taskId, submitted.getFollowUp(), caller)));
  }

  /**
   * The Tasklist sends the task back as it got it, with its Camunda Form reference, which Camunda's task resource
   * cannot read (400 without a message): nobody, administrators included, could save a follow-up date on our tasks.
   */
  static JsonNode withoutFormRef(CachedBodyRequest request) throws IOException {
    JsonNode json = request.body().length == 0 ? null : CAMUNDA_JSON.readTree(request.body());
    if (json instanceof ObjectNode task && task.has("camundaFormRef")) {
      task.remove("camundaFormRef");
      request.replaceBody(CAMUNDA_JSON.writeValueAsBytes(task));
    }
    return json;
  }

  static boolean onlyFollowUpDiffers(Task current, TaskDto submitted) {
    String delegation = current.getDelegationState() == null ? null : current.getDelegationState().name();
    return Objects.equals(current.getName(), submitted.getName())
        && Objects.equals(current.getDescription(), submitted.getDescription())
        && Objects.equals(current.getAssignee(), submitted.getAssignee())
        && Objects.equals(current.getOwner(), submitted.getOwner())
        && Objects.equals(delegation, submitted.getDelegationState())
        && Objects.equals(current.getParentTaskId(), submitted.getParentTaskId())
        && Objects.equals(current.getCaseInstanceId(), submitted.getCaseInstanceId())
        && Objects.equals(current.getTenantId(), submitted.getTenantId())
        && current.getPriority() == submitted.getPriority()
        && sameSecond(current.getDueDate(), submitted.getDue());
  }

  /** The Tasklist sends dates back in its own format: equal to the second is equal. */
  private static boolean sameSecond(Date a, Date b) {
    return a == null || b == null ? a == b : a.getTime() / 1000 == b.getTime() / 1000;
  }

  private static JsonNode json(byte[] body) {
    JsonNode json;
    try {
      json = body.length == 0 ? null : CAMUNDA_JSON.readTree(body);
    } catch (IOException e) {
      throw Refused.unreadableBody();
    }
    if (json == null || !json.isObject()) {
      throw Refused.unreadableBody(json);
    }
    return json;
  }
}
