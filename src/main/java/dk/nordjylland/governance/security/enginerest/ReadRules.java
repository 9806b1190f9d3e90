package dk.nordjylland.governance.security.enginerest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.identity.AsSystem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.dto.task.CommentDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * Reads the engine's authorizations get wrong for us. A task's comments: Camunda reads them through the task's
 * history, which needs READ_HISTORY on the whole process definition (all forums' history), so the task's own
 * candidates cannot read them; the guard answers them for whoever may read the task. Whose groups: only one's own.
 */
@Component
class ReadRules {

  private static final Pattern COMMENTS = Pattern.compile("^/task/([^/]+)/comment(?:/([^/]+))?$");
  private static final Pattern GROUPS_OF = Pattern.compile("^/(group|group/count|identity/groups)$");
  private static final ObjectMapper CAMUNDA_JSON = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

  private final Tasks tasks;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final AsSystem asSystem;

  ReadRules(Tasks tasks, TaskService taskService, AuthorizationService authorizationService, AsSystem asSystem) {
    this.tasks = tasks;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.asSystem = asSystem;
  }

  /** Answers the call itself (true), refuses it, or leaves it to Camunda (false). */
  boolean answer(RestCall call, HttpServletRequest request, HttpServletResponse response, Caller caller)
      throws IOException {
    if (call.match(GROUPS_OF).isPresent()) {
      String member = Optional.ofNullable(request.getParameter("member")).orElse(request.getParameter("userId"));
      if (member != null && !member.equals(caller.userId())) {
        throw Refused.forbidden("Du kan kun se dine egne gruppers medlemskaber.");
      }
      return false;
    }
    Optional<Matcher> comments = call.match(COMMENTS);
    if (comments.isEmpty() || !call.method().equals("GET")) {
      return false;
    }
    String taskId = comments.get().group(1);
    if (!mayRead(taskId, caller)) {
      return false;
    }
    String commentId = comments.get().group(2);
    Object body;
    if (commentId == null) {
      List<Comment> all = asSystem.call(() -> taskService.getTaskComments(taskId));
      body = all.stream().map(CommentDto::fromComment).toList();
    } else {
      Comment one = asSystem.call(() -> taskService.getTaskComment(taskId, commentId));
      if (one == null) {
        return false;
      }
      body = CommentDto.fromComment(one);
    }
    response.setStatus(200);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    CAMUNDA_JSON.writeValue(response.getOutputStream(), body);
    return true;
  }

  private boolean mayRead(String taskId, Caller caller) {
    return tasks.parties(taskId).map(p -> p.involves(caller)
        || asSystem.call(() -> authorizationService.isUserAuthorized(caller.userId(), List.copyOf(caller.groups()),
            Permissions.READ, Resources.TASK, taskId))).orElse(false);
  }
}
