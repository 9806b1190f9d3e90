package dk.nordjylland.governance.security.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.identity.Directory;
import java.io.IOException;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a person who is not an administrator may do to a task besides completing it: take it, hand it to a fellow
 * candidate if they are the task's secretariat, comment on it if it is theirs, and set its follow-up date.
 */
@Component
class TaskRules {

  private static final ObjectMapper CAMUNDA_JSON = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

  private final Tasks tasks;
  private final Directory directory;

  TaskRules(Tasks tasks, Directory directory) {
    this.tasks = tasks;
    this.directory = directory;
  }

  /** claim, assignee, delegate: to oneself, or by the task's secretariat to another candidate of the task. */
  void assign(String taskId, byte[] body, Caller caller) {
    JsonNode json = json(body);
    String target = json.path("userId").isTextual() ? json.path("userId").asText() : null;
    if (target == null || target.equals(caller.userId())) {
      return;
    }
    TaskParties parties = tasks.parties(taskId).orElse(null);
    if (parties == null) {
      return;
    }
    if (!parties.isSecretariatOf(caller) || !parties.isCandidate(target, directory.groupsOf(target))) {
      throw Refused.forbidden("Du kan kun tage opgaven selv. Forummets sekretariat kan give den til en anden,"
          + " men kun til en af opgavens kandidater.");
    }
  }

  void comment(String taskId, Caller caller) {
    tasks.parties(taskId).filter(p -> !p.involves(caller)).ifPresent(p -> {
      throw Refused.forbidden("Kun opgavens kandidater og den, der har opgaven, kan skrive kommentarer til den.");
    });
  }

  /**
   * PUT /task/{id} replaces the whole task; the Tasklist sends it back with a new follow-up date. Anything else that
   * differs (name, assignee, owner, due date, priority, ...) is for administrators.
   */
  void update(String taskId, byte[] body) {
    TaskDto submitted;
    try {
      submitted = CAMUNDA_JSON.readValue(body, TaskDto.class);
    } catch (IOException e) {
      throw Refused.badRequest("Anmodningen skal indeholde opgaven som JSON-objekt.");
    }
    if (submitted == null) {
      throw Refused.badRequest("Anmodningen skal indeholde opgaven som JSON-objekt.");
    }
    Task current = tasks.task(taskId).orElse(null);
    if (current != null && !onlyFollowUpDiffers(current, submitted)) {
      throw Refused.forbidden("Du kan kun ændre opfølgningsdatoen for opgaven.");
    }
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
    try {
      JsonNode json = body.length == 0 ? null : CAMUNDA_JSON.readTree(body);
      if (json != null && json.isObject()) {
        return json;
      }
    } catch (IOException e) {
      // answered below
    }
    throw Refused.badRequest("Anmodningen skal indeholde et JSON-objekt, fx {\"userId\": \"...\"}.");
  }
}
