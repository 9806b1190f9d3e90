package dk.nordjylland.governance.security.enginerest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.springframework.stereotype.Component;

/**
 * Which writes of Camunda's REST API a person who is not an administrator may make. Default deny: the allow-list
 * is what the 7.24 Tasklist and Cockpit send (queries sent as POST, taking and completing tasks, comments, the
 * follow-up date, proposing an agenda item, one's own password); every other write (variables, modifications,
 * messages, signals, bpmnError, escalations, identity links, creating and deleting tasks, ...) answers 403.
 */
@Component
class WriteRules {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Queries Cockpit and the Tasklist send as POST (a body too long for a URL); they change nothing. */
  private static final List<Pattern> QUERIES = Stream.of(
      "^/(task|process-instance|execution|variable-instance|job|job-definition|external-task|case-instance"
          + "|case-execution|incident)(/count)?$",
      "^/filter/[^/]+/(list|count|singleResult)$",
      "^/history/(activity-instance|process-instance|variable-instance|task|detail|job-log|external-task-log"
          + "|case-instance)(/count)?$",
      "^/group(/count)?$",
      "^/identity/password-policy$").map(Pattern::compile).toList();

  private static final Pattern GROUP_QUERY = Pattern.compile("^/group(/count)?$");
  private static final Pattern TASK_SUBMISSION = Pattern.compile("^/task/([^/]+)/(complete|submit-form|resolve)$");
  private static final Pattern TASK_ASSIGNMENT = Pattern.compile("^/task/([^/]+)/(claim|assignee|delegate)$");
  private static final Pattern TASK_UNCLAIM = Pattern.compile("^/task/([^/]+)/unclaim$");
  private static final Pattern TASK_COMMENT = Pattern.compile("^/task/([^/]+)/comment/create$");
  private static final Pattern TASK = Pattern.compile("^/task/([^/]+)$");
  private static final Pattern START =
      Pattern.compile("^/process-definition/(?:key/([^/]+)|([^/]+))/(start|submit-form)$");
  private static final Pattern OWN_PASSWORD = Pattern.compile("^/user/([^/]+)/credentials$");

  private final SubmissionRules submissions;
  private final TaskRules taskRules;
  private final ProcessEngineConfigurationImpl configuration;

  WriteRules(SubmissionRules submissions, TaskRules taskRules, ProcessEngineConfigurationImpl configuration) {
    this.submissions = submissions;
    this.taskRules = taskRules;
    this.configuration = configuration;
  }

  /**
   * For administrators: the body of completions and starts well-formed, and object values anywhere only of the
   * allowed types.
   */
  void checkAdmin(RestCall call, CachedBodyRequest request, Caller caller) {
    byte[] body = request.body();
    // The engine builds its validator at start-up: read when used.
    DeserializationTypeValidator types = configuration.isDeserializationTypeValidationEnabled()
        ? configuration.getDeserializationTypeValidator() : null;
    ObjectValues.requireAllowed(body, types);
    call.match(TASK_SUBMISSION).ifPresent(m -> submissions.completion(m.group(1), body, caller));
    call.match(START).ifPresent(m -> submissions.start(m.group(2), m.group(1), false, body, caller));
    if (call.method().equals("PUT") && call.match(TASK).isPresent()) {
      try {
        TaskRules.withoutFormRef(request);
      } catch (IOException e) {
        // not JSON: Camunda answers
      }
    }
  }

  /**
   * Empty: the call may go on to Camunda. An answer: the guard carries the call out itself. {@link Refused}: it may
   * not.
   */
  Optional<GuardAnswer> check(RestCall call, CachedBodyRequest request, Caller caller) {
    byte[] body = request.body();
    String method = call.method();
    if (method.equals("POST")) {
      if (call.match(GROUP_QUERY).isPresent()) {
        requireOwnMemberships(body, caller);
      }
      if (QUERIES.stream().anyMatch(q -> q.matcher(call.path()).matches())) {
        return Optional.empty();
      }
      Optional<Matcher> m;
      if ((m = call.match(TASK_SUBMISSION)).isPresent()) {
        submissions.completion(m.get().group(1), body, caller);
        return Optional.empty();
      }
      if ((m = call.match(TASK_ASSIGNMENT)).isPresent()) {
        return taskRules.assign(m.get().group(1), m.get().group(2), body, caller);
      }
      if ((m = call.match(TASK_UNCLAIM)).isPresent()) {
        return taskRules.unclaim(m.get().group(1), caller);
      }
      if ((m = call.match(TASK_COMMENT)).isPresent()) {
        return taskRules.comment(m.get().group(1), body, caller);
      }
      if ((m = call.match(START)).isPresent()) {
        submissions.start(m.get().group(2), m.get().group(1), m.get().group(3).equals("start"), body, caller);
        return Optional.empty();
      }
    } else if (method.equals("PUT")) {
      Optional<Matcher> m;
      if ((m = call.match(TASK)).isPresent()) {
        return taskRules.update(m.get().group(1), request, caller);
      }
      if ((m = call.match(OWN_PASSWORD)).isPresent() && m.get().group(1).equals(caller.userId())) {
        return Optional.empty();
      }
    }
    throw Refused.adminOnly();
  }

  /** A group query by member: only one's own groups (who sits where is not everyone's business). */
  private static void requireOwnMemberships(byte[] body, Caller caller) {
    try {
      var member = JSON.readTree(body).path("member");
      if (member.isTextual() && !member.asText().equals(caller.userId())) {
        throw Refused.forbidden("Du kan kun se dine egne gruppers medlemskaber.");
      }
    } catch (IOException e) {
      // not JSON: Camunda answers
    }
  }

}
