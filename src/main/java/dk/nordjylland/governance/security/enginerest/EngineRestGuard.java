package dk.nordjylland.governance.security.enginerest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our rules on Camunda's REST API, on /engine-rest and on the web apps' /camunda/api/engine alike. Camunda's own
 * authorizations say which tasks and instances a user may touch; they cannot say which variables a completion may
 * set, to whom a task may be handed, or that a candidate may not end a process with bpmnError. Administrators keep
 * the whole API; a call without a logged-in user goes on to Camunda's authentication, which answers it.
 */
class EngineRestGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestGuard.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Callers callers;
  private final WriteRules writes;
  private final ReadRules reads;

  EngineRestGuard(Callers callers, WriteRules writes, ReadRules reads) {
    this.callers = callers;
    this.writes = writes;
    this.reads = reads;
  }

  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<RestCall> call = RestCall.of(request);
    Optional<Caller> caller = call.flatMap(c -> callers.of(request, c));
    if (call.isPresent() && caller.isEmpty() && !READING.contains(call.get().method())) {
      // Camunda's own login filters run first and refuse a call without a login; a write that still reaches us without
      // a user we can name is refused, never waved through unchecked (fail closed).
      writeError(response, Refused.forbidden("Log ind, før du ændrer noget her."));
      return;
    }
    if (call.isEmpty() || caller.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    try {
      HttpServletRequest checked = check(call.get(), caller.get(), request, response);
      if (checked != null) {
        chain.doFilter(checked, response);
      }
    } catch (Refused refused) {
      // A user's mistake or a probe, not a failure of ours: one line, no stack trace.
      LOG.warn("Engine REST call refused ({}): {} {} by {}: {}", refused.status(), call.get().method(),
          call.get().path(), caller.get().userId(), refused.getMessage());
      writeError(response, refused);
    }
  }

  /** The request to hand on (with its body read once), or null if the guard has answered it itself. */
  private HttpServletRequest check(RestCall call, Caller caller, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    if (caller.isAdmin()) {
      if (call.isRead() || !isJson(request)) {
        return request;
      }
      CachedBodyRequest cached = CachedBodyRequest.of(request);
      writes.checkAdmin(call, cached, caller);
      return cached;
    }
    if (call.isAmbiguous()) {
      throw Refused.badRequest("Adressen er ugyldig.");
    }
    if (call.isRead()) {
      return reads.answer(call, request, response, caller) ? null : request;
    }
    CachedBodyRequest cached = CachedBodyRequest.of(request);
    Optional<GuardAnswer> answer = writes.check(call, cached, caller);
    if (answer.isEmpty() || call.webApp() && !WebAppCsrf.isValid(request)) {
      // Without the web app's CSRF token the guard carries nothing out: Camunda's CSRF filter, which runs after
      // this one, refuses the call (and Camunda's authorizations would too).
      return cached;
    }
    carryOut(answer.get(), response);
    return null;
  }

  private static void carryOut(GuardAnswer answer, HttpServletResponse response) throws IOException {
    try {
      answer.write(response);
    } catch (TaskAlreadyClaimedException e) {
      throw Refused.conflict("Opgaven er allerede taget af en anden.");
    } catch (NullValueException | NotFoundException e) {
      throw Refused.notFound("Opgaven findes ikke længere. Den er måske allerede fuldført af en anden.");
    }
  }

  /** Deployments and file uploads are multipart: left to Camunda, unread. */
  private static boolean isJson(HttpServletRequest request) {
    return request.getContentType() == null || request.getContentType().toLowerCase(Locale.ROOT).contains("json");
  }

  /** Camunda's error body ({"type", "message"}), which the Tasklist shows. */
  private static void writeError(HttpServletResponse response, Refused refused) throws IOException {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", refused.type());
    error.put("message", refused.getMessage());
    response.setStatus(refused.status());
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), error);
  }
}
